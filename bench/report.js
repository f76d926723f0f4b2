// Rows of the results table: a figure (median of the runs, with their range), the baseline measured
// in the same run, their ratio (median of the per-run ratios: each figure is paired with the
// baseline measured right next to it), the goal, and PASS, MISS, INFO, NOT RUN or ERROR.
import { round, summarize } from './support.js';

/**
 * @param {object} spec
 * @param {string} spec.scenario
 * @param {string} spec.figure   what is measured, with its unit
 * @param {number[]} spec.values one per run
 * @param {number[]} [spec.baseline] one per run, paired with values
 * @param {string} [spec.baselineLabel]
 * @param {string} [spec.goal]
 * @param {(row: {value: number, ratio: number}) => boolean} [spec.check]
 * @param {string} [spec.note]
 * @param {number} [spec.digits]
 */
export function row(spec) {
  const value = summarize(spec.values);
  const baseline = spec.baseline ? summarize(spec.baseline) : undefined;
  const ratio = spec.baseline
    ? summarize(spec.values.map((v, i) => v / spec.baseline[i]))
    : undefined;
  let status = 'INFO';
  if (spec.check) {
    status = spec.check({ value: value.median, ratio: ratio?.median }) ? 'PASS' : 'MISS';
  }
  return {
    scenario: spec.scenario,
    figure: spec.figure,
    value,
    baselineLabel: spec.baselineLabel,
    baseline,
    ratio,
    goal: spec.goal ?? '—',
    status,
    note: spec.note,
    digits: spec.digits ?? 1,
  };
}

export function notRun(scenario, reason, status = 'NOT RUN') {
  return { scenario, figure: '—', goal: '—', status, note: reason };
}

function formatNumber(value, digits) {
  if (value === undefined) return '';
  if (!Number.isFinite(value)) return 'n/a';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return String(round(value, digits));
}

function formatSummary(summary, digits) {
  if (!summary) return '—';
  const med = formatNumber(summary.median, digits);
  if (summary.runs.length < 2) return med;
  return `${med} [${formatNumber(summary.min, digits)}–${formatNumber(summary.max, digits)}]`;
}

function formatRatio(value) {
  if (!Number.isFinite(value)) return 'n/a';
  return `${value >= 0.01 ? round(value, 2) : value.toPrecision(2)}×`;
}

export function tableLines(rows) {
  const header = ['scenario', 'figure', 'median [min–max]', 'baseline', 'ratio', 'goal', 'result'];
  const body = rows.map((r) => [
    r.scenario,
    r.figure,
    r.value ? formatSummary(r.value, r.digits) : '—',
    r.baseline
      ? `${formatNumber(r.baseline.median, r.digits)} ${r.baselineLabel ?? ''}`.trim()
      : '—',
    r.ratio ? formatRatio(r.ratio.median) : '—',
    r.goal,
    r.status,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  const lines = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`];
  for (const cells of body) lines.push(line(cells));
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.scenario} / ${r.figure}: ${r.note}`);
  return notes.length ? [...lines, '', 'Notes:', ...notes] : lines;
}
