import { linearScale } from './chart-scale.js';

// The board report's charts: server-rendered SVG (no script, nothing loaded), each named by a
// title and described by a text summary, with the same figures in a table beside it, so that a
// reader who cannot see the chart, or prints the page in black and white, loses nothing.

/** A withheld figure: drawn as no bar with the word for it, never as a zero. */
export type ChartValue = number | 'suppressed' | null;

export interface ChartBar {
  readonly label: string;
  readonly value: ChartValue;
}

/** A clock the values are measured against (the 7-day acknowledgement, the 3-month feedback). */
export interface ChartReference {
  readonly value: number;
  readonly label: string;
}

export interface BarChartProps {
  /** Unique on the page; prefixes the ids that tie the title and summary to the chart. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences that say what the chart shows: the SVG's description too. */
  readonly summary: string;
  readonly bars: readonly ChartBar[];
  readonly references?: readonly ChartReference[];
  /** Column headings of the data table. */
  readonly labelHeading: string;
  readonly valueHeading: string;
  /** How a value is written (a count, or days to one decimal), in the reader's language. */
  readonly format: (value: number) => string;
  readonly suppressedText: string;
  readonly noValueText: string;
  /** Counts get whole-number ticks; durations do not. */
  readonly integer?: boolean;
}

const WIDTH = 640;
const LABEL_END = 262;
const BAR_START = 270;
const BAR_RANGE = 300;
const ROW = 26;
const BAR = 16;
const TOP = 30;
const BOTTOM = 30;
const MAX_LABEL = 44;

const INK = '#0b0c0c';
const MUTED = '#505a5f';
const BAR_FILL = '#1d70b8';
const CLOCK = '#d4351c';
const GRID = '#b1b4b6';

function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

function describe(bar: ChartBar, props: BarChartProps): string {
  if (bar.value === 'suppressed') return props.suppressedText;
  if (bar.value === null) return props.noValueText;
  return props.format(bar.value);
}

/** A horizontal bar chart with its data table beside it (below it on a narrow screen). */
export function BarChart(props: BarChartProps) {
  const { id, bars } = props;
  const references = props.references ?? [];
  const numbers = bars.flatMap((bar) => (typeof bar.value === 'number' ? [bar.value] : []));
  const scale = linearScale([...numbers, ...references.map((r) => r.value)], BAR_RANGE, {
    integer: props.integer,
  });
  const height = TOP + bars.length * ROW + BOTTOM;
  const axisY = TOP + bars.length * ROW;
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <h3 class="chart__title" id={`${id}-title`}>
        {props.title}
      </h3>
      <p class="chart__summary" id={`${id}-summary`}>
        {props.summary}
      </p>
      <div class="chart__body">
        <svg
          class="chart__svg"
          viewBox={`0 0 ${WIDTH} ${height}`}
          width={WIDTH}
          height={height}
          role="img"
          aria-labelledby={`${id}-svg-title ${id}-svg-desc`}
          font-family="Arial, Helvetica, sans-serif"
          font-size="12"
        >
          <title id={`${id}-svg-title`}>{props.title}</title>
          <desc id={`${id}-svg-desc`}>{props.summary}</desc>
          {scale.ticks.map((tick) => {
            const x = BAR_START + scale.at(tick);
            return (
              <g>
                <line x1={x} x2={x} y1={TOP - 4} y2={axisY} stroke={GRID} stroke-width="1" />
                <text x={x} y={axisY + 16} text-anchor="middle" fill={MUTED}>
                  {props.format(tick)}
                </text>
              </g>
            );
          })}
          {bars.map((bar, index) => {
            const y = TOP + index * ROW;
            const middle = y + ROW / 2 + 4;
            const value = describe(bar, props);
            const width = typeof bar.value === 'number' ? scale.at(bar.value) : 0;
            return (
              <g>
                <title>{`${bar.label}: ${value}`}</title>
                <text x={LABEL_END} y={middle} text-anchor="end" fill={INK}>
                  {shortLabel(bar.label)}
                </text>
                {width > 0 ? (
                  <rect
                    x={BAR_START}
                    y={y + (ROW - BAR) / 2}
                    width={Math.max(1, width)}
                    height={BAR}
                    fill={BAR_FILL}
                  />
                ) : null}
                <text
                  x={BAR_START + width + 6}
                  y={middle}
                  fill={typeof bar.value === 'number' ? INK : MUTED}
                  font-style={typeof bar.value === 'number' ? undefined : 'italic'}
                >
                  {value}
                </text>
              </g>
            );
          })}
          {references.map((reference) => {
            const x = BAR_START + scale.at(reference.value);
            return (
              <g>
                <line
                  x1={x}
                  x2={x}
                  y1={TOP - 8}
                  y2={axisY}
                  stroke={CLOCK}
                  stroke-width="2"
                  stroke-dasharray="6 4"
                />
                <text x={x} y={TOP - 12} text-anchor="middle" fill={CLOCK} font-weight="bold">
                  {reference.label}
                </text>
              </g>
            );
          })}
          <line
            x1={BAR_START}
            x2={BAR_START}
            y1={TOP - 4}
            y2={axisY}
            stroke={INK}
            stroke-width="1"
          />
        </svg>
        <table class="table chart__table">
          <caption class="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.labelHeading}</th>
              <th scope="col" class="numeric">
                {props.valueHeading}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr>
                <th scope="row">{bar.label}</th>
                <td class={typeof bar.value === 'number' ? 'numeric' : 'numeric withheld'}>
                  {describe(bar, props)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
