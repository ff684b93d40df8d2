// Achievements and level (GET /api/users/{id}/achievements): the list on a profile (earned ones
// with their date, the others greyed), and the toast for ones a match just earned. The server
// names each achievement with a stable code; the titles and descriptions are the page's own.
import { h } from '../dom.js';
import { formatNumber, getLanguage, t } from '../i18n.js';
import { describeApiError } from '../components/form.js';

function describe(code) {
  switch (code) {
    case 'first_match': return [t('web.achievements', 'First match'), t('web.achievements', 'Play a match to its end.')];
    case 'first_win': return [t('web.achievements', 'First win'), t('web.achievements', 'Win a match.')];
    case 'first_ranked_win': return [t('web.achievements', 'Ranked winner'), t('web.achievements', 'Win a ranked match.')];
    case 'beat_hard_ai': return [t('web.achievements', 'Machine breaker'), t('web.achievements', 'Beat the hard computer player.')];
    case 'shutout': return [t('web.achievements', 'Shutout'), t('web.achievements', 'Win a match without losing a point.')];
    case 'comeback': return [t('web.achievements', 'Comeback'), t('web.achievements', 'Win a match after trailing 0–5.')];
    case 'five_in_a_row': return [t('web.achievements', 'On a roll'), t('web.achievements', 'Win five matches in a row.')];
    case 'ten_matches': return [t('web.achievements', 'Regular'), t('web.achievements', 'Play ten matches.')];
    case 'hundred_matches': return [t('web.achievements', 'Veteran'), t('web.achievements', 'Play a hundred matches.')];
    case 'four_player_win': return [t('web.achievements', 'Last one standing'), t('web.achievements', 'Win a four-player match.')];
    case 'tournament_won': return [t('web.achievements', 'Champion'), t('web.achievements', 'Win a tournament.')];
    case 'rating_1600': return [t('web.achievements', 'Contender'), t('web.achievements', 'Reach a rating of 1600.')];
    default: return [code, ''];
  }
}

export function achievementTitle(code) {
  return describe(code)[0];
}

function formatDay(iso) {
  return new Date(iso).toLocaleDateString(getLanguage(), { year: 'numeric', month: 'long', day: 'numeric' });
}

// The profile's section: level with its progress, then every achievement.
export function achievementsSection(answer) {
  const headingId = 'achievements-heading';
  if (!answer.ok) {
    return h('section', { 'aria-labelledby': headingId }, h('h2', { id: headingId, class: 'h4' }, t('web.achievements', 'Achievements')), h('p', { class: 'text-danger' }, describeApiError(answer.error)));
  }
  const data = answer.body;
  const span = Math.max(1, data.nextLevelExperience - data.levelExperience);
  const progress = Math.round((100 * (data.experience - data.levelExperience)) / span);
  // Through the CSSOM: the page's CSP refuses style attributes, not style properties.
  const bar = h('div', { class: 'progress-bar' });
  bar.style.width = `${Math.min(100, Math.max(0, progress))}%`;
  const items = data.achievements.map((entry) => {
    const [title, text] = describe(entry.code);
    return h(
      'li',
      { class: `list-group-item d-flex justify-content-between align-items-start gap-2${entry.earned ? '' : ' text-body-secondary'}`, dataset: { testid: 'achievement', code: entry.code, earned: String(entry.earned) } },
      h('div', {}, h('div', { class: entry.earned ? 'fw-semibold' : '' }, title), h('div', { class: 'small' }, text)),
      h(
        'span',
        { class: `badge ${entry.earned ? 'text-bg-success' : 'text-bg-light border'} text-wrap`, dataset: { testid: 'achievement-state' } },
        entry.earned ? t('web.achievements', 'Earned on %{date}', { date: formatDay(entry.earnedAt) }) : t('web.achievements', 'Not yet'),
      ),
    );
  });
  return h(
    'section',
    { 'aria-labelledby': headingId, class: 'mt-4', dataset: { testid: 'achievements' } },
    h('h2', { id: headingId, class: 'h4' }, t('web.achievements', 'Achievements')),
    h('p', { class: 'fw-semibold mb-1', dataset: { testid: 'level' } }, t('web.achievements', 'Level %{level} · %{experience} experience points', { level: formatNumber(data.level), experience: formatNumber(data.experience) })),
    h(
      'div',
      { class: 'progress mb-1', role: 'progressbar', 'aria-label': t('web.achievements', 'Progress to the next level'), 'aria-valuenow': String(progress), 'aria-valuemin': '0', 'aria-valuemax': '100' },
      bar,
    ),
    h('p', { class: 'small text-body-secondary' }, t('web.achievements', 'Next level at %{experience} points.', { experience: formatNumber(data.nextLevelExperience) })),
    h('p', { class: 'small mb-2' }, t('web.achievements', '%{earned} of %{total} earned.', { earned: formatNumber(data.earnedCount), total: formatNumber(data.achievements.length) })),
    h('ul', { class: 'list-group' }, items),
  );
}

// After a stored match: the achievements that match earned, for a toast each.
export async function achievementsEarnedBy(session, matchId, { signal } = {}) {
  const me = session.user?.id;
  if (!me || !matchId) return [];
  const answer = await session.api('GET', `/api/users/${me}/achievements`, { signal });
  if (!answer.ok) return [];
  return answer.body.achievements.filter((entry) => entry.earned && entry.matchId === matchId).map((entry) => entry.code);
}
