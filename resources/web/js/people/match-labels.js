// Words for the stored matches' fields (docs/api/openapi.yaml, MatchHistoryEntry and MatchDetails).
import { getLanguage, t } from '../i18n.js';

export function kindLabel(kind) {
  switch (kind) {
    case 'local':
      return t('web.users', 'Local');
    case 'ai':
      return t('web.users', 'Against the computer');
    case 'remote':
      return t('web.users', 'Ranked');
    case 'private':
      return t('web.users', 'Private');
    case 'four_players':
      return t('web.users', 'Four players');
    case 'tournament':
      return t('web.users', 'Tournament');
    default:
      return String(kind);
  }
}

export function resultLabel(result) {
  switch (result) {
    case 'win':
      return t('web.users', 'Win');
    case 'loss':
      return t('web.users', 'Loss');
    default:
      return t('web.users', 'No result');
  }
}

export function endReasonLabel(reason) {
  switch (reason) {
    case 'completed':
      return t('web.users', 'Played to the end');
    case 'forfeit':
      return t('web.users', 'Forfeit');
    case 'abandoned':
      return t('web.users', 'Abandoned');
    default:
      return String(reason);
  }
}

export function playerName(player) {
  if (player.anonymous || player.name === null) return t('web.users', 'Anonymous player');
  return player.name;
}

export function formatDateTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(getLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}
