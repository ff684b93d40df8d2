// A user's avatar. The picture is public (an <img> cannot send a token); avatarUrl carries ?v= for
// an uploaded one, so a new picture is a new URL.
import { h } from '../dom.js';

export function avatarUrlOf(user) {
  return user.avatarUrl || `/api/users/${encodeURIComponent(user.id)}/avatar`;
}

// alt: the text alternative; '' when the name is written right beside the picture.
export function avatarImage(user, { size = 48, alt = '', testid } = {}) {
  return h('img', {
    src: avatarUrlOf(user),
    alt,
    width: size,
    height: size,
    class: 'avatar rounded-circle flex-shrink-0',
    loading: 'lazy',
    dataset: testid ? { testid } : {},
  });
}
