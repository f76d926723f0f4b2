// A linear scale for the board report's bar charts: from zero to a round maximum, with round
// ticks. The charts need nothing more, so no charting library is loaded for it.

/** The smallest of 1, 2, 5 × 10^n that is at least `value / count` (a tick step). */
export function tickStep(max: number, count: number): number {
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-9);
  return step ?? 10 * power;
}

export interface LinearScale {
  /** The top of the axis: a round number at least the largest value (and at least 1). */
  readonly max: number;
  readonly ticks: readonly number[];
  /** A value's position between 0 and `range`. */
  at(value: number): number;
}

/**
 * A scale from 0 to a round number above every value (reference lines included, so a 7-day line
 * stays on the chart when every case was acknowledged in two), with about `tickCount` ticks.
 * Counts get whole-number ticks.
 */
export function linearScale(
  values: readonly number[],
  range: number,
  options: { tickCount?: number; integer?: boolean } = {},
): LinearScale {
  const largest = Math.max(1, ...values.filter((v) => Number.isFinite(v) && v > 0));
  let step = tickStep(largest, options.tickCount ?? 5);
  if (options.integer) step = Math.max(1, Math.ceil(step));
  const max = Math.ceil(largest / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + 1e-9; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return { max, ticks, at: (value) => (Math.max(0, value) / max) * range };
}
