// The server names each field problem with a stable code ({"code":"taken","message":"...",
// "max":20}; docs/api/openapi.yaml lists them). The page shows its own translation of a code it
// knows, and the server's English sentence only for a code it does not know.
import { t, tn } from '../i18n.js';

const messages = {
  required: () => t('web.form', 'This field is required.'),
  not_string: () => t('web.form', 'This value is not valid.'),
  too_long: (p) => tn('web.form', 'Use at most %n characters.', p.max),
  too_short: (p) => tn('web.form', 'Use at least %n characters.', p.min),
  length: (p) => t('web.form', 'Use %{min} to %{max} characters.', { min: p.min, max: p.max }),
  out_of_range: (p) => t('web.form', 'Enter a whole number from %{min} to %{max}.', { min: p.min, max: p.max }),
  taken: () => t('web.form', 'This is already taken. Choose another.'),
  has_account: () => t('web.form', 'This email address already has an account.'),
  username_format: () => t('web.form', 'Use 3 to 20 letters (a-z), digits or underscores.'),
  email_format: () => t('web.form', 'Enter an email address.'),
  display_name_characters: () => t('web.form', "Use only letters, digits, spaces and _ - . '"),
  common_password: () => t('web.form', 'This password is one of the most common ones. Choose another.'),
  same_as_identity: () => t('web.form', 'The password must not be your user name or email address.'),
  nul_character: () => t('web.form', 'This text holds a character that cannot be saved.'),
  language_format: () => t('web.form', 'Choose a language from the list.'),
  wrong_password: () => t('web.form', 'This is not your password.'),
  wrong_code: () => t('web.form', 'This code is not valid.'),
  just_used: () => t('web.form', 'This code was just used. Wait for the next one in your app.'),
  empty: () => t('web.form', 'This field is required.'),
  control_character: () => t('web.form', 'Remove the control characters.'),
  repeated: () => t('web.form', 'This name is used twice (names ignore case).'),
  alias_count: (p) => t('web.form', 'List %{min} to %{max} players.', { min: p.min, max: p.max }),
  display_name_used: () => t('web.form', 'Another player uses your display name here: choose an alias.'),
  below_min_players: () => t('web.form', 'Must be at least the minimum number of players.'),
  self: () => t('web.form', 'You cannot choose yourself.'),
};

// A field problem from the server (an object, or a plain string from an older server) as text in
// the page's language.
export function fieldMessage(problem) {
  if (problem && typeof problem === 'object') {
    const known = messages[problem.code];
    if (known) return known(problem);
    return String(problem.message ?? '');
  }
  return String(problem ?? '');
}
