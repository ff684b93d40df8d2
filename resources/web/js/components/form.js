// Accessible forms with the server's per-field errors. Every control has a visible <label>, a hint
// and an error text tied to it with aria-describedby; a field in error gets aria-invalid and its
// message; the first bad field takes the focus. Nothing here uses innerHTML.
//
//   const form = createForm({
//     fields: [{ name: 'login', label: t(...), autocomplete: 'username', required: true }, ...],
//     submitLabel: t(...),
//     onSubmit: async (values) => session.signIn(values.login, values.password), // an API answer
//     onSuccess: (answer) => router.navigate('/'),
//     describeError: (error) => t(...), // optional: the message for an error without fields
//   });
//   root.append(form.element);
import { h } from '../dom.js';
import { t, tn } from '../i18n.js';
import { fieldMessage } from './field-problems.js';

let nextId = 0;

// What the browser's own validation found, in the page's language.
function clientProblem(input) {
  const v = input.validity;
  if (v.valid) return null;
  if (v.valueMissing) return t('web.form', 'This field is required.');
  if (v.typeMismatch && input.type === 'email') return t('web.form', 'Enter an email address.');
  if (v.tooShort) return tn('web.form', 'Use at least %n characters.', input.minLength);
  if (v.tooLong) return tn('web.form', 'Use at most %n characters.', input.maxLength);
  if (v.patternMismatch) return input.dataset.patternMessage || t('web.form', 'This value is not valid.');
  return t('web.form', 'This value is not valid.');
}

// The message for an answer that failed as a whole.
export function describeApiError(error, retryAfter) {
  switch (error?.code) {
    case 'network_error':
      return t('web.form', 'The server cannot be reached. Check your connection and try again.');
    case 'rate_limited':
      return retryAfter
        ? tn('web.form', 'Too many attempts. Try again in %n seconds.', retryAfter)
        : t('web.form', 'Too many attempts. Try again later.');
    case 'validation_failed':
      return t('web.form', 'Some fields need your attention.');
    case 'forbidden':
      return t('web.form', 'You are not allowed to do this.');
    case 'reauthentication_required':
      return t('web.form', 'Confirm it is you (your password or a code) to make this change.');
    case 'not_found':
      return t('web.form', 'This was not found. It may have been removed.');
    case 'unauthenticated':
    case 'invalid_token':
      return t('web.form', 'Sign in again to continue.');
    case 'database_unavailable':
    case 'overloaded':
      return t('web.form', 'The server is busy. Try again in a moment.');
    case 'conflict':
      return t('web.form', 'This conflicts with something that already exists.');
    default:
      return error?.message || t('web.form', 'Something went wrong. Please try again.');
  }
}

// A 6-digit one-time code (an authenticator app's or a mailed one): the same field everywhere a
// second factor is asked for, with the caller's words.
export function createCodeField({ label, patternMessage, hint, name = 'code' }) {
  return createField({
    name,
    label,
    autocomplete: 'one-time-code',
    inputmode: 'numeric',
    required: true,
    minlength: 6,
    maxlength: 6,
    pattern: '[0-9]{6}',
    patternMessage,
    hint,
  });
}

export function createField({
  name,
  label,
  type = 'text',
  autocomplete,
  required = false,
  minlength,
  maxlength,
  pattern,
  patternMessage,
  hint,
  value = '',
  inputmode,
  multiline = false,
}) {
  const id = `field-${name}-${++nextId}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const control = h(multiline ? 'textarea' : 'input', {
    id,
    name,
    type: multiline ? null : type,
    class: 'form-control',
    autocomplete,
    required,
    minlength,
    maxlength,
    pattern,
    inputmode,
    rows: multiline ? 4 : null,
    'aria-describedby': [hint ? hintId : null, errorId].filter(Boolean).join(' '),
    dataset: patternMessage ? { patternMessage } : {},
  });
  control.value = value;
  const error = h('div', { id: errorId, class: 'invalid-feedback' });
  const wrapper = h(
    'div',
    { class: 'mb-3' },
    h('label', { class: 'form-label', for: id }, label),
    control,
    hint ? h('div', { id: hintId, class: 'form-text' }, hint) : null,
    error,
  );
  const setError = (message) => {
    error.textContent = message ?? '';
    control.classList.toggle('is-invalid', Boolean(message));
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  };
  control.addEventListener('input', () => setError(null));
  return { name, wrapper, control, setError };
}

export function createForm({ fields, submitLabel, onSubmit, onSuccess, describeError = describeApiError, extra = [] }) {
  const built = fields.map((spec) => (spec.wrapper ? spec : createField(spec)));
  const status = h('div', { class: 'alert alert-danger d-none', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, submitLabel);
  const element = h('form', { novalidate: true }, status, built.map((f) => f.wrapper), extra, submit);
  const byName = Object.fromEntries(built.map((f) => [f.name, f]));

  const showStatus = (message) => {
    status.textContent = message ?? '';
    status.classList.toggle('d-none', !message);
  };

  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    showStatus(null);
    let firstBad = null;
    for (const field of built) {
      const problem = clientProblem(field.control);
      field.setError(problem);
      if (problem && !firstBad) firstBad = field;
    }
    if (firstBad) {
      firstBad.control.focus();
      return;
    }
    const values = Object.fromEntries(built.map((f) => [f.name, f.control.value]));
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    let answer;
    try {
      answer = await onSubmit(values);
    } finally {
      submit.disabled = false;
      submit.removeAttribute('aria-busy');
    }
    if (!answer || answer.ok) {
      await onSuccess?.(answer);
      return;
    }
    const fieldErrors = answer.error?.fields ?? {};
    let focused = false;
    for (const [name, problem] of Object.entries(fieldErrors)) {
      const field = byName[name];
      if (!field) continue;
      field.setError(fieldMessage(problem));
      if (!focused) {
        field.control.focus();
        focused = true;
      }
    }
    const unplaced = Object.keys(fieldErrors).some((name) => !byName[name]);
    if (!focused || unplaced || Object.keys(fieldErrors).length === 0) {
      showStatus(describeError(answer.error, answer.retryAfter));
      if (!focused) status.focus?.();
    }
  });

  return { element, fields: byName, showStatus, submit };
}
