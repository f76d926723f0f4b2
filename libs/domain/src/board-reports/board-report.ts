import { must } from '@candor/platform/checks/must.js';
import { ACTION_KINDS, ACTION_MEASURES, type ActionKind, FINDINGS } from '../cases/case-outcome.js';
import { CASE_STATUSES, type CaseStatus } from '../cases/case-status.js';
import { CONCERN_TYPES, type ConcernType, ROUTES, type Route } from '../routing/routing.types.js';
import { figureId, protectYear, type Witness } from './disclosure-control.js';
import { type CalendarPeriod, periodsOfYear } from './report-period.js';

// The periodic board report (product.md §4): counts and timings over cases, with no reporter
// identity in the input, so none can reach the output. Every figure is a sum over cases of what
// each case contributes (caseFigures), so that the exact report and disclosure control
// (disclosure-control.ts) count the same things.

const DAY_MS = 24 * 60 * 60 * 1000;

/** The key under which cases without a finding yet are counted. */
export const NO_FINDING = 'none';
export const DEFAULT_SUPPRESSION_THRESHOLD = 3;
/**
 * What a withheld figure shows. The same mark for a small count and for any other count withheld
 * with it (0 included), so that the mark itself says nothing about the value.
 */
export const SUPPRESSED = 'suppressed';
export type Suppressed = typeof SUPPRESSED;
export type PublishedCount = number | Suppressed;

export interface BoardReportAction {
  readonly kind: ActionKind;
  /** One of ACTION_MEASURES[kind]: keys of the report are fixed, so a key never reveals a case. */
  readonly measure: string;
}

export interface BoardReportRow {
  readonly concernType: ConcernType;
  readonly routedTo: Route;
  readonly status: CaseStatus;
  readonly finding?: string | null;
  readonly receivedAt: Date;
  readonly acknowledgedAt?: Date | null;
  readonly firstFeedbackAt?: Date | null;
  /** When the case was first closed or dismissed. */
  readonly closedAt?: Date | null;
  /** As of when the report is produced (caseDeadlines(...).overdue). */
  readonly overdue: boolean;
  readonly actions: readonly BoardReportAction[];
}

export interface TimingStat<Count = number> {
  /** How many cases reached this point (the statistic is computed from them). */
  readonly cases: Count;
  readonly medianDays: number | null;
  readonly p90Days: number | null;
  /** True when the statistic was withheld: `cases` is withheld, or under the threshold. */
  readonly suppressed: boolean;
}

export interface BoardReport<Count = number> {
  readonly period: {
    readonly label: string;
    readonly kind: CalendarPeriod['kind'];
    readonly from: string;
    readonly to: string;
  };
  readonly totalCases: Count;
  readonly byConcernType: Readonly<Record<ConcernType, Count>>;
  readonly byRoute: Readonly<Record<Route, Count>>;
  readonly byStatus: Readonly<Record<CaseStatus, Count>>;
  /** Every finding, and `none` for cases without one. */
  readonly byFinding: Readonly<Record<string, Count>>;
  /** Days from receipt, for every measure, so the three read on one scale. */
  readonly timings: {
    readonly toAcknowledge: TimingStat<Count>;
    readonly toFeedback: TimingStat<Count>;
    readonly toClose: TimingStat<Count>;
  };
  readonly overdue: {
    readonly total: Count;
    readonly byRoute: Readonly<Record<Route, Count>>;
  };
  /** Actions (not cases) of the cases received in the period, by kind and by measure. */
  readonly actions: {
    readonly byKind: Readonly<Record<ActionKind, Count>>;
    readonly byMeasure: Readonly<Record<ActionKind, Readonly<Record<string, Count>>>>;
  };
}

export type PublishedBoardReport = BoardReport<PublishedCount>;

const TIMINGS = ['toAcknowledge', 'toFeedback', 'toClose'] as const;
type Timing = (typeof TIMINGS)[number];

const TIMING_AT: Record<Timing, (row: BoardReportRow) => Date | null | undefined> = {
  toAcknowledge: (row) => row.acknowledgedAt,
  toFeedback: (row) => row.firstFeedbackAt,
  toClose: (row) => row.closedAt,
};

/** The figure counting cases; disclosure control moves cases only to protect it. */
export const TOTAL_FIGURE = 'totalCases';
/**
 * Counts that are not shown but follow from two shown ones: cases that have not reached a timing
 * (all cases minus `timings.*.cases`), and cases not overdue (in all, and per route). A count of
 * 1 or 2 among them is protected like a shown one.
 */
const HIDDEN_PREFIX = 'hidden.';
export const isHiddenFigure = (key: string): boolean => key.startsWith(HIDDEN_PREFIX);

const MEASURE_PREFIX = 'actions.byMeasure.';

/** The figure a figure is part of, when that is not the number of cases (see protectYear). */
export function parentFigure(key: string): string | undefined {
  if (key.startsWith(MEASURE_PREFIX)) {
    return `actions.byKind.${key.slice(MEASURE_PREFIX.length).split('.')[0]}`;
  }
  if (key.startsWith('overdue.byRoute.')) return 'overdue.total';
  return undefined;
}

/**
 * What a case could count under instead with nothing else about it different: another measure
 * of the same kind of action, another finding. Other attributes are tied to one another (a
 * status to its timings and finding, a route to where the case is overdue), so witnesses change
 * them only by taking another real case's attributes whole.
 */
export function alternativeFigures(key: string): readonly string[] {
  if (key.startsWith(MEASURE_PREFIX)) {
    const [kind, measure] = key.slice(MEASURE_PREFIX.length).split('.') as [ActionKind, string];
    return (ACTION_MEASURES[kind] ?? [])
      .filter((other) => other !== measure)
      .map((other) => `${MEASURE_PREFIX}${kind}.${other}`);
  }
  const finding = key.startsWith('byFinding.') ? key.slice('byFinding.'.length) : undefined;
  if (finding !== undefined && (FINDINGS as readonly string[]).includes(finding)) {
    return FINDINGS.filter((other) => other !== finding).map((other) => `byFinding.${other}`);
  }
  return [];
}

function refuse(what: string, value: unknown): never {
  throw new RangeError(`The board report cannot count ${what} "${String(value)}"`);
}

/** What one case adds to each figure of the period it was received in, by figure key. */
export function caseFigures(row: BoardReportRow): Record<string, number> {
  if (!CONCERN_TYPES.includes(row.concernType)) refuse('the concern type', row.concernType);
  if (!ROUTES.includes(row.routedTo)) refuse('the route', row.routedTo);
  if (!CASE_STATUSES.includes(row.status)) refuse('the status', row.status);
  const finding = row.finding ?? NO_FINDING;
  if (finding !== NO_FINDING && !(FINDINGS as readonly string[]).includes(finding)) {
    refuse('the finding', finding);
  }
  const figures: Record<string, number> = {
    [TOTAL_FIGURE]: 1,
    [`byConcernType.${row.concernType}`]: 1,
    [`byRoute.${row.routedTo}`]: 1,
    [`byStatus.${row.status}`]: 1,
    [`byFinding.${finding}`]: 1,
  };
  for (const timing of TIMINGS) {
    figures[TIMING_AT[timing](row) ? `timings.${timing}.cases` : `hidden.pending.${timing}`] = 1;
  }
  if (row.overdue) {
    figures['overdue.total'] = 1;
    figures[`overdue.byRoute.${row.routedTo}`] = 1;
  } else {
    figures['hidden.onTime.total'] = 1;
    figures[`hidden.onTime.${row.routedTo}`] = 1;
  }
  for (const action of row.actions) {
    if (!ACTION_KINDS.includes(action.kind)) refuse('the action kind', action.kind);
    if (!ACTION_MEASURES[action.kind].includes(action.measure)) {
      refuse(`the ${action.kind} measure`, action.measure);
    }
    const kind = `actions.byKind.${action.kind}`;
    const measure = `actions.byMeasure.${action.kind}.${action.measure}`;
    figures[kind] = (figures[kind] ?? 0) + 1;
    figures[measure] = (figures[measure] ?? 0) + 1;
  }
  return figures;
}

/**
 * Percentile by linear interpolation between closest ranks (Hyndman & Fan type 7: the default of
 * numpy, R and Excel's PERCENTILE.INC). Chosen over nearest-rank so that the median is the
 * textbook median (the mean of the two middle values for an even count) and so that the figure
 * shown is rarely one particular case's exact duration.
 */
export function percentile(sortedValues: readonly number[], p: number): number | null {
  if (sortedValues.length === 0) {
    return null;
  }
  if (!(p >= 0 && p <= 100)) {
    throw new RangeError(`percentile must be between 0 and 100, got ${p}`);
  }
  const rank = (p / 100) * (sortedValues.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = must(sortedValues[lower], 'the value below the rank');
  const high = must(sortedValues[upper], 'the value above the rank');
  return low + (high - low) * (rank - lower);
}

/** Days to one decimal: a board reads "4.5 days", and more digits would be false precision. */
function roundDays(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

function durationsInDays(rows: readonly BoardReportRow[], timing: Timing): number[] {
  return rows
    .flatMap((row) => {
      const at = TIMING_AT[timing](row);
      return at ? [(at.getTime() - row.receivedAt.getTime()) / DAY_MS] : [];
    })
    .sort((a, b) => a - b);
}

function inPeriod(rows: readonly BoardReportRow[], period: CalendarPeriod): BoardReportRow[] {
  return rows.filter(
    (row) =>
      row.receivedAt.getTime() >= period.from.getTime() &&
      row.receivedAt.getTime() < period.to.getTime(),
  );
}

/** Lays figures out in the report's shape; `count(key)` gives each figure's value. */
function shapeReport<Count>(
  period: CalendarPeriod,
  count: (key: string) => Count,
  timing: (name: Timing) => TimingStat<Count>,
): BoardReport<Count> {
  const record = <K extends string>(prefix: string, keys: readonly K[]) =>
    Object.fromEntries(keys.map((key) => [key, count(`${prefix}.${key}`)])) as Record<K, Count>;
  return {
    period: {
      label: period.label,
      kind: period.kind,
      from: period.from.toISOString(),
      to: period.to.toISOString(),
    },
    totalCases: count(TOTAL_FIGURE),
    byConcernType: record('byConcernType', CONCERN_TYPES),
    byRoute: record('byRoute', ROUTES),
    byStatus: record('byStatus', CASE_STATUSES),
    byFinding: record('byFinding', [...FINDINGS, NO_FINDING]),
    timings: {
      toAcknowledge: timing('toAcknowledge'),
      toFeedback: timing('toFeedback'),
      toClose: timing('toClose'),
    },
    overdue: { total: count('overdue.total'), byRoute: record('overdue.byRoute', ROUTES) },
    actions: {
      byKind: record('actions.byKind', ACTION_KINDS),
      byMeasure: {
        disciplinary: record('actions.byMeasure.disciplinary', ACTION_MEASURES.disciplinary),
        corrective: record('actions.byMeasure.corrective', ACTION_MEASURES.corrective),
        interim: record('actions.byMeasure.interim', ACTION_MEASURES.interim),
      },
    },
  };
}

/** The exact figures of one period (cases received in it), before any suppression. */
export function buildBoardReport(
  rows: readonly BoardReportRow[],
  period: CalendarPeriod,
): BoardReport {
  const cases = inPeriod(rows, period);
  const totals = new Map<string, number>();
  for (const row of cases) {
    for (const [key, value] of Object.entries(caseFigures(row))) {
      totals.set(key, (totals.get(key) ?? 0) + value);
    }
  }
  return shapeReport(
    period,
    (key) => totals.get(key) ?? 0,
    (timing) => {
      const days = durationsInDays(cases, timing);
      return {
        cases: days.length,
        medianDays: roundDays(percentile(days, 50)),
        p90Days: roundDays(percentile(days, 90)),
        suppressed: false,
      };
    },
  );
}

export interface PublishedYear {
  /** The 17 reports of the year, in periodsOfYear order (year, quarters, months). */
  readonly reports: readonly PublishedBoardReport[];
  /** How each withheld small count is protected (for tests and for the curious). */
  readonly witnesses: readonly Witness[];
}

/**
 * Every report of a calendar year, from one suppression pattern computed over the whole year
 * (disclosure-control.ts): counts from 1 to threshold−1 are withheld, with enough other figures of
 * the same year that no sum or difference of what any of the 17 reports show reveals one. Timings
 * are shown only when their number of cases is shown and is at least the threshold. Rows outside
 * the year are ignored.
 */
export function publishBoardReports(
  rows: readonly BoardReportRow[],
  year: number,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): PublishedYear {
  const periods = periodsOfYear(year);
  const cases = inPeriod(rows, periods[0]);
  const protection = protectYear(
    cases.map((row) => ({ month: row.receivedAt.getUTCMonth(), counts: caseFigures(row) })),
    {
      threshold,
      totalKey: TOTAL_FIGURE,
      isHidden: isHiddenFigure,
      parentOf: parentFigure,
      alternativesOf: alternativeFigures,
    },
  );
  const reports = periods.map((period, index) => {
    const shown = (key: string): boolean => !protection.suppressed.has(figureId(index, key));
    const value = (key: string): number =>
      must(protection.values[index], 'the values of a period').get(key) ?? 0;
    const periodCases = index === 0 ? cases : inPeriod(cases, period);
    return shapeReport<PublishedCount>(
      period,
      (key) => (shown(key) ? value(key) : SUPPRESSED),
      (timing) => {
        const key = `timings.${timing}.cases`;
        if (!shown(key)) {
          return { cases: SUPPRESSED, medianDays: null, p90Days: null, suppressed: true };
        }
        const days = durationsInDays(periodCases, timing);
        return {
          cases: value(key),
          medianDays: roundDays(percentile(days, 50)),
          p90Days: roundDays(percentile(days, 90)),
          suppressed: false,
        };
      },
    );
  });
  return { reports, witnesses: protection.witnesses };
}

type CsvValue = string | number | boolean | null;

/**
 * One field per RFC 4180: quoted when it holds a comma, a double quote, CR or LF, with quotes
 * doubled. Text starting with = + - @ or a tab is prefixed with a single quote first, so that a
 * spreadsheet opening the file does not run it as a formula (OWASP "CSV injection").
 */
export function csvField(value: CsvValue): string {
  if (value === null) {
    return '';
  }
  if (typeof value !== 'string') {
    return String(value);
  }
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The report as RFC 4180 CSV: a header, then one `section,key,value` record per figure, CRLF line
 * endings; a withheld figure reads `suppressed`, as in the JSON. Pass a published report for
 * anything that leaves the application.
 */
export function toCsv(report: BoardReport<PublishedCount>): string {
  const records: [string, string, CsvValue][] = [
    ['period', 'label', report.period.label],
    ['period', 'from', report.period.from],
    ['period', 'to', report.period.to],
    ['total', 'cases', report.totalCases],
  ];
  const add = (section: string, record: Readonly<Record<string, CsvValue>>): void => {
    for (const [key, value] of Object.entries(record)) {
      records.push([section, key, value]);
    }
  };
  add('concern_type', report.byConcernType);
  add('route', report.byRoute);
  add('status', report.byStatus);
  add('finding', report.byFinding);
  const timings = [
    ['time_to_acknowledge', report.timings.toAcknowledge],
    ['time_to_feedback', report.timings.toFeedback],
    ['time_to_close', report.timings.toClose],
  ] as const;
  for (const [section, stat] of timings) {
    add(section, {
      cases: stat.cases,
      median_days: stat.medianDays,
      p90_days: stat.p90Days,
      suppressed: stat.suppressed,
    });
  }
  records.push(['overdue', 'total', report.overdue.total]);
  add('overdue_by_route', report.overdue.byRoute);
  add('action_kind', report.actions.byKind);
  for (const kind of ACTION_KINDS) {
    add(`action_measure.${kind}`, report.actions.byMeasure[kind]);
  }
  return [['section', 'key', 'value'] as const, ...records]
    .map((record) => record.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
}
