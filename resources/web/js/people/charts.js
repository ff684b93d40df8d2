// Charts for the dashboard and the match page, drawn by Chart.js on a <canvas>. Chart.js is vendored
// under /vendor/chartjs (resources/web/CMakeLists.txt) and loaded only when a chart is shown; it
// needs neither eval nor inline styles, so the strict Content-Security-Policy holds.
//
// Every chart comes with its data as a table: visually hidden for screen readers (the canvas
// itself is hidden from them), and shown to anyone who presses "Show the data as a table".
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';

export const CHART_COLORS = {
  win: '#198754',
  loss: '#dc3545',
  primary: '#0d6efd',
  neutral: '#6c757d',
};

let chartJs = null;
function loadChartJs() {
  // The UMD build sets globalThis.Chart; its ES build imports a bare module name browsers cannot resolve.
  chartJs ??= import('../../vendor/chartjs/chart.umd.min.js').then(() => globalThis.Chart);
  return chartJs;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

function dataTable({ caption, categoryHeading, labels, datasets }) {
  return h(
    'table',
    { class: 'table table-sm chart-table', dataset: { testid: 'chart-table' } },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, categoryHeading), datasets.map((d) => h('th', { scope: 'col' }, d.label)))),
    h(
      'tbody',
      {},
      labels.map((label, row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, label),
          datasets.map((d) => h('td', {}, d.data[row] === null || d.data[row] === undefined ? '' : formatNumber(d.data[row]))),
        ),
      ),
    ),
  );
}

// type: a Chart.js type ('bar', 'line'); datasets: [{ label, data: [numbers], color }]; labels name
// the categories (the x axis). Returns a <figure> at once; the chart is drawn when Chart.js has
// loaded, and destroyed when `signal` aborts.
export function createChart({ id, title, type, labels, datasets, categoryHeading, stacked = false, signal }) {
  const canvas = h('canvas', { 'aria-hidden': 'true', dataset: { testid: 'chart-canvas' } });
  const table = dataTable({ caption: title, categoryHeading, labels, datasets });
  const toggle = h(
    'button',
    { type: 'button', class: 'btn btn-link btn-sm px-0', 'aria-expanded': 'false', 'aria-controls': `${id}-table` },
    t('web.dashboard', 'Show the data as a table'),
  );
  // Hidden through its box: a table keeps its full width whatever its own class says.
  const tableBox = h('div', { id: `${id}-table`, class: 'table-responsive visually-hidden' }, table);
  toggle.addEventListener('click', () => {
    const show = tableBox.classList.contains('visually-hidden');
    tableBox.classList.toggle('visually-hidden', !show);
    toggle.setAttribute('aria-expanded', String(show));
    toggle.textContent = show ? t('web.dashboard', 'Hide the table') : t('web.dashboard', 'Show the data as a table');
  }, { signal });

  const figure = h(
    'figure',
    { class: 'chart-figure mb-4', id, dataset: { testid: 'chart', chart: id } },
    h('figcaption', { class: 'h6' }, title),
    h('div', { class: 'chart-box' }, canvas),
    toggle,
    tableBox,
  );

  loadChartJs().then((Chart) => {
    if (signal.aborted || !canvas.isConnected) return;
    const chart = new Chart(canvas, {
      type,
      data: {
        labels,
        datasets: datasets.map((d) => ({
          label: d.label,
          data: d.data,
          backgroundColor: d.color,
          borderColor: d.color,
          borderWidth: type === 'line' ? 2 : 0,
          pointRadius: type === 'line' ? 3 : undefined,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion() ? false : { duration: 400 },
        plugins: { legend: { display: datasets.length > 1 } },
        scales: {
          x: { stacked },
          y: { stacked, beginAtZero: type === 'bar', ticks: { precision: 0 } },
        },
      },
    });
    figure.dataset.drawn = 'true';
    signal.addEventListener('abort', () => chart.destroy(), { once: true });
  }).catch(() => {
    // Without the picture the table still tells everything: show it.
    figure.querySelector('.chart-box').replaceChildren(
      h('p', { class: 'text-body-secondary' }, t('web.dashboard', 'The chart could not be drawn.')),
    );
    tableBox.classList.remove('visually-hidden');
    toggle.remove();
  });
  return figure;
}
