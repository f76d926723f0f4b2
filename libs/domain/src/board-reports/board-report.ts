import {
  ACTION_KINDS,
  type ActionKind,
  DISCIPLINARY_MEASURES,
  FINDINGS,
} from '../cases/case-outcome.js';
import { CASE_STATUSES, type CaseStatus } from '../cases/case-status.js';
import { CONCERN_TYPES, type ConcernType, ROUTES, type Route } from '../routing/routing.types.js';

// The periodic board report (product.md §4): counts and timings over cases, with no reporter
// identity in the input, so none can reach the output.

const DAY_MS = 24 * 60 * 60 * 1000;

/** The key under which cases without a finding yet are counted. */
export const NO_FINDING = 'none';
/** The key under which actions recorded without a measure are counted. */
export const UNSPECIFIED_MEASURE = 'unspecified';
export const DEFAULT_SUPPRESSION_THRESHOLD = 3;

export interface BoardReportAction {
  readonly kind: ActionKind;
  /** A code (e.g. `written_reprimand`), never free text: keys of the report are shown to the Board. */
  readonly measure?: string | null;
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

/** Half-open [from, to): a case belongs to the period in which it was received. */
export interface BoardReportPeriod {
  readonly from: Date;
  readonly to: Date;
}

export interface TimingStat<Count = number> {
  /** How many cases the statistic is computed from. */
  readonly cases: Count;
  readonly medianDays: number | null;
  readonly p90Days: number | null;
  /** True when the statistic was withheld because it rests on too few cases. */
  readonly suppressed: boolean;
}

export interface BoardReport<Count = number> {
  readonly period: { readonly from: string; readonly to: string };
  readonly totalCases: Count;
  readonly byConcernType: Readonly<Record<ConcernType, Count>>;
  readonly byRoute: Readonly<Record<Route, Count>>;
  readonly byStatus: Readonly<Record<CaseStatus, Count>>;
  /** Every known finding, `none` for cases without one, and any other value met in the data. */
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
  readonly actions: {
    readonly byKind: Readonly<Record<ActionKind, Count>>;
    readonly byMeasure: Readonly<Record<ActionKind, Readonly<Record<string, Count>>>>;
  };
}

/** A count under the threshold, shown instead of the number: `"<3"` by default. */
export type SuppressedCount = `<${number}`;
export type SuppressedBoardReport = BoardReport<number | SuppressedCount>;

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
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
  const low = sortedValues[lower];
  const high = sortedValues[upper];
  return low + (high - low) * (rank - lower);
}

/** Days to one decimal: a board reads "4.5 days", and more digits would be false precision. */
function roundDays(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

function timingStat(durationsMs: number[]): TimingStat {
  const days = durationsMs.map((ms) => ms / DAY_MS).sort((a, b) => a - b);
  return {
    cases: days.length,
    medianDays: roundDays(percentile(days, 50)),
    p90Days: roundDays(percentile(days, 90)),
    suppressed: false,
  };
}

function durationsFromReceipt(
  rows: readonly BoardReportRow[],
  pick: (row: BoardReportRow) => Date | null | undefined,
): number[] {
  return rows.flatMap((row) => {
    const at = pick(row);
    return at ? [at.getTime() - row.receivedAt.getTime()] : [];
  });
}

/** Counts and timings over the cases received in the period; rows outside it are ignored. */
export function buildBoardReport(
  rows: readonly BoardReportRow[],
  period: BoardReportPeriod,
): BoardReport {
  if (!(period.from.getTime() < period.to.getTime())) {
    throw new RangeError('The report period must end after it starts');
  }
  const inPeriod = rows.filter(
    (row) =>
      row.receivedAt.getTime() >= period.from.getTime() &&
      row.receivedAt.getTime() < period.to.getTime(),
  );

  const byConcernType = zeroCounts(CONCERN_TYPES);
  const byRoute = zeroCounts(ROUTES);
  const byStatus = zeroCounts(CASE_STATUSES);
  const byFinding: Record<string, number> = zeroCounts([...FINDINGS, NO_FINDING]);
  const overdueByRoute = zeroCounts(ROUTES);
  const actionsByKind = zeroCounts(ACTION_KINDS);
  const actionsByMeasure: Record<ActionKind, Record<string, number>> = {
    disciplinary: zeroCounts(DISCIPLINARY_MEASURES),
    corrective: {},
    interim: {},
  };
  let overdueTotal = 0;

  for (const row of inPeriod) {
    byConcernType[row.concernType] += 1;
    byRoute[row.routedTo] += 1;
    byStatus[row.status] += 1;
    increment(byFinding, row.finding ?? NO_FINDING);
    if (row.overdue) {
      overdueTotal += 1;
      overdueByRoute[row.routedTo] += 1;
    }
    for (const action of row.actions) {
      actionsByKind[action.kind] += 1;
      increment(actionsByMeasure[action.kind], action.measure ?? UNSPECIFIED_MEASURE);
    }
  }

  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    totalCases: inPeriod.length,
    byConcernType,
    byRoute,
    byStatus,
    byFinding,
    timings: {
      toAcknowledge: timingStat(durationsFromReceipt(inPeriod, (row) => row.acknowledgedAt)),
      toFeedback: timingStat(durationsFromReceipt(inPeriod, (row) => row.firstFeedbackAt)),
      toClose: timingStat(durationsFromReceipt(inPeriod, (row) => row.closedAt)),
    },
    overdue: { total: overdueTotal, byRoute: overdueByRoute },
    actions: { byKind: actionsByKind, byMeasure: actionsByMeasure },
  };
}

/**
 * Replaces every count from 1 to threshold−1 with `"<threshold"` and withholds timings computed
 * from fewer than `threshold` cases, so that nobody can be singled out (product.md §4). Zero stays
 * 0: "no case of this kind" says nothing about any person, and hiding it would make every empty
 * row look like one or two cases.
 *
 * Known limit: a suppressed cell can sometimes be recovered by subtracting the shown cells of the
 * same breakdown from the total; this function does not add secondary suppression.
 */
export function suppressSmallCounts(
  report: BoardReport,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): SuppressedBoardReport {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`The suppression threshold must be a positive integer, got ${threshold}`);
  }
  const marker: SuppressedCount = `<${threshold}`;
  const count = (value: number): number | SuppressedCount =>
    value > 0 && value < threshold ? marker : value;
  const counts = <K extends string>(record: Readonly<Record<K, number>>) =>
    Object.fromEntries(
      Object.entries<number>(record).map(([key, value]) => [key, count(value)]),
    ) as Record<K, number | SuppressedCount>;
  const timing = (stat: TimingStat): TimingStat<number | SuppressedCount> =>
    stat.cases > 0 && stat.cases < threshold
      ? { cases: count(stat.cases), medianDays: null, p90Days: null, suppressed: true }
      : stat;

  return {
    period: report.period,
    totalCases: count(report.totalCases),
    byConcernType: counts(report.byConcernType),
    byRoute: counts(report.byRoute),
    byStatus: counts(report.byStatus),
    byFinding: counts(report.byFinding),
    timings: {
      toAcknowledge: timing(report.timings.toAcknowledge),
      toFeedback: timing(report.timings.toFeedback),
      toClose: timing(report.timings.toClose),
    },
    overdue: { total: count(report.overdue.total), byRoute: counts(report.overdue.byRoute) },
    actions: {
      byKind: counts(report.actions.byKind),
      byMeasure: {
        disciplinary: counts(report.actions.byMeasure.disciplinary),
        corrective: counts(report.actions.byMeasure.corrective),
        interim: counts(report.actions.byMeasure.interim),
      },
    },
  };
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
 * endings. Pass the suppressed report for anything that leaves the application.
 */
export function toCsv(report: BoardReport<number | SuppressedCount>): string {
  const records: [string, string, CsvValue][] = [
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
