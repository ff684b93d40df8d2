// /profile: your own profile. Display name, bio and language (PATCH /api/users/me), and the avatar
// (PUT /api/users/me/avatar with the picture's raw bytes; DELETE to go back to the generated one).
import { h } from '../dom.js';
import { getLanguage, getLanguages, setLanguage, t } from '../i18n.js';
import { isAbort } from '../api/http.js';
import { createField, createForm, describeApiError } from '../components/form.js';
import { avatarUrlOf } from '../people/avatar.js';
import { confirmVisibly } from '../components/toast.js';

const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const AVATAR_MAX_BYTES = 2 * 1024 * 1024;

function avatarProblem(code, retryAfter) {
  switch (code) {
    case 'avatar_too_large':
      return t('web.profile', 'The picture is larger than 2 MiB.');
    case 'avatar_not_an_image':
    case 'avatar_unsupported_format':
    case 'unsupported_media_type':
      return t('web.profile', 'Choose a PNG, JPEG or WebP picture.');
    case 'avatar_dimensions_too_large':
      return t('web.profile', 'The picture has too many pixels (at most 8192 a side).');
    case 'avatar_corrupt':
      return t('web.profile', 'The picture could not be read. It may be damaged.');
    default:
      return describeApiError({ code }, retryAfter);
  }
}

function languageField(current) {
  const id = 'profile-language';
  const languages = [...getLanguages()];
  if (current && !languages.some((l) => l.code === current)) languages.push({ code: current, name: current });
  const control = h(
    'select',
    { id, name: 'language', class: 'form-select', 'aria-describedby': `${id}-hint ${id}-error` },
    languages.map(({ code, name }) => h('option', { value: code, lang: code, selected: code === current }, name)),
  );
  const error = h('div', { id: `${id}-error`, class: 'invalid-feedback' });
  const setError = (message) => {
    error.textContent = message ?? '';
    control.classList.toggle('is-invalid', Boolean(message));
  };
  const wrapper = h(
    'div',
    { class: 'mb-3' },
    h('label', { class: 'form-label', for: id }, t('web.profile', 'Language')),
    control,
    h('div', { id: `${id}-hint`, class: 'form-text' }, t('web.profile', 'The language of this site and of our emails to you.')),
    error,
  );
  return { name: 'language', wrapper, control, setError };
}

function avatarSection({ session, profile, announce, signal }) {
  const current = h('img', {
    src: avatarUrlOf(profile),
    alt: t('web.profile', 'Your current avatar'),
    width: 128,
    height: 128,
    class: 'avatar rounded-circle',
    dataset: { testid: 'current-avatar' },
  });
  const preview = h('img', {
    alt: t('web.profile', 'Preview of the chosen picture'),
    width: 128,
    height: 128,
    class: 'avatar rounded-circle d-none',
    dataset: { testid: 'avatar-preview' },
  });
  const inputId = 'avatar-file';
  const input = h('input', {
    id: inputId,
    type: 'file',
    class: 'form-control',
    accept: AVATAR_TYPES.join(','),
    'aria-describedby': `${inputId}-hint ${inputId}-error`,
  });
  const error = h('div', { id: `${inputId}-error`, class: 'invalid-feedback', dataset: { testid: 'avatar-error' } });
  const upload = h('button', { type: 'button', class: 'btn btn-primary', disabled: true }, t('web.profile', 'Upload the picture'));
  const remove = h('button', { type: 'button', class: 'btn btn-outline-danger' }, t('web.profile', 'Remove the avatar'));
  let chosen = null;

  const setError = (message) => {
    error.textContent = message ?? '';
    input.classList.toggle('is-invalid', Boolean(message));
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  const showCurrent = (url) => {
    current.src = url;
    session.setUser({ avatarUrl: url });
  };

  input.addEventListener('change', () => {
    chosen = null;
    upload.disabled = true;
    preview.classList.add('d-none');
    preview.removeAttribute('src');
    setError(null);
    const file = input.files?.[0];
    if (!file) return;
    if (!AVATAR_TYPES.includes(file.type)) {
      setError(t('web.profile', 'Choose a PNG, JPEG or WebP picture.'));
      return;
    }
    if (file.size > AVATAR_MAX_BYTES) {
      setError(t('web.profile', 'The picture is larger than 2 MiB.'));
      return;
    }
    // A data: URL, not URL.createObjectURL(): the Content-Security-Policy allows data: images but
    // not blob: ones.
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      if (signal.aborted || input.files?.[0] !== file) return;
      preview.src = String(reader.result);
      preview.classList.remove('d-none');
      chosen = file;
      upload.disabled = false;
    });
    reader.addEventListener('error', () => setError(t('web.profile', 'The picture could not be read. It may be damaged.')));
    reader.readAsDataURL(file);
  }, { signal });

  upload.addEventListener('click', async () => {
    if (!chosen) return;
    upload.disabled = true;
    upload.setAttribute('aria-busy', 'true');
    let answer;
    try {
      answer = await session.api('PUT', '/api/users/me/avatar', { rawBody: chosen, contentType: chosen.type, signal });
    } catch (e) {
      if (isAbort(e)) return;
      throw e;
    } finally {
      upload.removeAttribute('aria-busy');
    }
    if (!answer.ok) {
      upload.disabled = false;
      setError(avatarProblem(answer.error?.code, answer.retryAfter));
      input.focus();
      return;
    }
    chosen = null;
    input.value = '';
    preview.classList.add('d-none');
    preview.removeAttribute('src');
    showCurrent(answer.body.avatarUrl);
    confirmVisibly(announce, t('web.profile', 'Your new avatar is saved.'));
  }, { signal });

  remove.addEventListener('click', async () => {
    remove.disabled = true;
    let answer;
    try {
      answer = await session.api('DELETE', '/api/users/me/avatar', { signal });
    } catch (e) {
      if (isAbort(e)) return;
      throw e;
    } finally {
      remove.disabled = false;
    }
    if (!answer.ok) {
      setError(describeApiError(answer.error, answer.retryAfter));
      return;
    }
    showCurrent(`/api/users/${encodeURIComponent(profile.id)}/avatar`);
    confirmVisibly(announce, t('web.profile', 'Your avatar is removed. The generated one is shown instead.'));
  }, { signal });

  return h(
    'section',
    { class: 'col-lg-4', 'aria-labelledby': 'avatar-heading' },
    h('h2', { id: 'avatar-heading', class: 'h4' }, t('web.profile', 'Avatar')),
    h('div', { class: 'd-flex gap-3 align-items-center mb-3' }, current, preview),
    h(
      'div',
      { class: 'mb-3' },
      h('label', { class: 'form-label', for: inputId }, t('web.profile', 'Choose a picture')),
      input,
      h('div', { id: `${inputId}-hint`, class: 'form-text' }, t('web.profile', 'PNG, JPEG or WebP, at most 2 MiB. It is cropped to a square.')),
      error,
    ),
    h('div', { class: 'd-flex flex-wrap gap-2' }, upload, remove),
  );
}

function detailsForm({ session, me, announce }) {
  const language = languageField(me.language);
  const form = createForm({
    fields: [
      {
        name: 'displayName',
        label: t('web.profile', 'Display name'),
        autocomplete: 'nickname',
        required: true,
        minlength: 3,
        maxlength: 20,
        // The server's rule (server/auth/AccountRules.cpp), checked here first.
        pattern: "[\\p{L}\\p{N}\\p{M} _.'\\-]+",
        patternMessage: t('web.profile', "Use only letters, digits, spaces and _ - . '"),
        value: me.displayName,
        hint: t('web.profile', 'How other players see you: 3 to 20 characters.'),
      },
      createField({
        name: 'bio',
        label: t('web.profile', 'About you'),
        multiline: true,
        maxlength: 500,
        value: me.bio ?? '',
        hint: t('web.profile', 'Up to 500 characters, shown as plain text on your profile.'),
      }),
      language,
    ],
    submitLabel: t('web.profile', 'Save the profile'),
    onSubmit: (values) =>
      session.api('PATCH', '/api/users/me', {
        body: { displayName: values.displayName.trim(), bio: values.bio, language: values.language },
      }),
    onSuccess: async (answer) => {
      session.setUser(answer.body);
      confirmVisibly(announce, t('web.profile', 'Your profile is saved.'));
      const wanted = answer.body.language;
      if (wanted !== getLanguage() && getLanguages().some((l) => l.code === wanted)) {
        await setLanguage(wanted).catch(() => {});
      }
    },
  });
  form.element.dataset.testid = 'profile-form';
  return h(
    'section',
    { class: 'col-lg-8', 'aria-labelledby': 'details-heading' },
    h('h2', { id: 'details-heading', class: 'h4' }, t('web.profile', 'Your details')),
    form.element,
  );
}

export const profileView = {
  id: 'profile',
  requiresSignIn: true,
  title: () => t('web.profile', 'Your profile'),

  async render(root, { session, announce, signal }) {
    const status = h('p', { role: 'status' }, t('web.profile', 'Loading your profile…'));
    const userId = session.user.id;
    root.append(
      h('h1', { class: 'display-6 fw-bold py-3' }, t('web.profile', 'Your profile')),
      h('p', {}, h('a', { href: `/users/${userId}` }, t('web.profile', 'See your profile as others see it'))),
      status,
    );
    let me;
    let profile;
    try {
      [me, profile] = await Promise.all([
        session.api('GET', '/api/users/me', { signal }),
        session.api('GET', `/api/users/${encodeURIComponent(userId)}`, { signal }),
      ]);
    } catch (e) {
      if (isAbort(e)) return;
      throw e;
    }
    if (!me.ok || !profile.ok) {
      status.textContent = describeApiError((me.ok ? profile : me).error);
      return;
    }
    status.remove();
    root.append(
      h(
        'div',
        { class: 'row g-4' },
        detailsForm({ session, me: me.body, announce }),
        avatarSection({ session, profile: profile.body, announce, signal }),
      ),
    );
  },
};
