import fc from 'fast-check';
import { must } from '@candor/platform/checks/must.js';
import { ACTION_MEASURES, FINDINGS } from '../cases/case-outcome.js';
import type { CaseStatus } from '../cases/case-status.js';
import type { ConcernType, Route } from '../routing/routing.types.js';
import {
  type BoardReport,
  type BoardReportRow,
  buildBoardReport,
  caseFigures,
  isHiddenFigure,
  parentFigure,
  publishBoardReports,
  type PublishedBoardReport,
  SUPPRESSED,
} from './board-report.js';
import {
  type DisclosureUnit,
  figureId,
  periodsOfMonth,
  protectYear,
  type Witness,
  type WitnessEdit,
} from './disclosure-control.js';
import { periodsOfYear } from './report-period.js';

const YEAR = 2026;
const DAY_MS = 24 * 60 * 60 * 1000;
const PERIODS = periodsOfYear(YEAR);

/** Reads a count out of a report by figure key (`byRoute.board`, `timings.toClose.cases`, …). */
function figure<Count>(report: BoardReport<Count>, key: string): Count {
  let value: unknown = report;
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  return value as Count;
}

/** Every count of a report, by figure key. */
function counts<Count>(report: BoardReport<Count>): Map<string, Count> {
  const out = new Map<string, Count>();
  const walk = (value: unknown, path: string[]) => {
    if (path[0] === 'period') return;
    if (
      path[0] === 'timings' &&
      ['medianDays', 'p90Days', 'suppressed'].includes(
        must(path[path.length - 1], 'the last part of the path'),
      )
    ) {
      return;
    }
    if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
    } else {
      out.set(path.join('.'), value as Count);
    }
  };
  walk(report, []);
  return out;
}

const TIMED = ['acknowledgedAt', 'firstFeedbackAt', 'closedAt'] as const;

/** `target` with the attributes of `source`, keeping target's receipt and, where both reached a
 * point, target's time to it (so that timings only change where their number of cases does). */
function withAttributesOf(target: BoardReportRow, source: BoardReportRow): BoardReportRow {
  const timed = Object.fromEntries(
    TIMED.map((field) => {
      const own = target[field];
      const theirs = source[field];
      if (!theirs) return [field, null];
      if (own) return [field, own];
      return [
        field,
        new Date(target.receivedAt.getTime() + theirs.getTime() - source.receivedAt.getTime()),
      ];
    }),
  );
  return { ...source, ...timed, receivedAt: target.receivedAt };
}

function moved(row: BoardReportRow, month: number): BoardReportRow {
  const receivedAt = new Date(Date.UTC(YEAR, month, 10, 12));
  const shift = receivedAt.getTime() - row.receivedAt.getTime();
  const timed = Object.fromEntries(
    TIMED.map((field) => {
      const at = row[field];
      return [field, at ? new Date(at.getTime() + shift) : null];
    }),
  );
  return { ...row, ...timed, receivedAt };
}

/** The case with another measure for its actions of one kind, or another finding. */
function recoded(row: BoardReportRow, from: string, to: string): BoardReportRow {
  if (from.startsWith('byFinding.')) return { ...row, finding: to.slice('byFinding.'.length) };
  const [, , kind, measure] = from.split('.');
  const [, , toKind, toMeasure] = to.split('.');
  expect(toKind).toBe(kind);
  if (kind === undefined || toMeasure === undefined) {
    throw new Error(`a recode is of a finding or of an action's measure, got ${from} → ${to}`);
  }
  return {
    ...row,
    actions: row.actions.map((action) =>
      action.kind === kind && action.measure === measure ? { kind, measure: toMeasure } : action,
    ),
  };
}

/** The year a witness describes: another history of the company. */
function applyWitness(rows: readonly BoardReportRow[], edits: readonly WitnessEdit[]) {
  const next: Array<BoardReportRow | null> = [...rows];
  for (const edit of edits) {
    switch (edit.kind) {
      case 'swap':
        next[edit.unit] = withAttributesOf(
          must(rows[edit.unit], 'a row of the year'),
          must(rows[edit.with], 'a row of the year'),
        );
        next[edit.with] = withAttributesOf(
          must(rows[edit.with], 'a row of the year'),
          must(rows[edit.unit], 'a row of the year'),
        );
        break;
      case 'relabel':
        next[edit.unit] = withAttributesOf(
          must(rows[edit.unit], 'a row of the year'),
          must(rows[edit.as], 'a row of the year'),
        );
        break;
      case 'move':
        next[edit.unit] = moved(must(rows[edit.unit], 'a row of the year'), edit.toMonth);
        break;
      case 'remove':
        next[edit.unit] = null;
        break;
      case 'recode':
        next[edit.unit] = recoded(must(rows[edit.unit], 'a row of the year'), edit.from, edit.to);
        break;
    }
  }
  return next.filter((row): row is BoardReportRow => row !== null);
}

function sumFigure(rows: readonly BoardReportRow[], periodIndex: number, key: string): number {
  const period = must(PERIODS[periodIndex], 'a period of the year');
  return rows
    .filter((row) => row.receivedAt >= period.from && row.receivedAt < period.to)
    .reduce((sum, row) => sum + (caseFigures(row)[key] ?? 0), 0);
}

/** How many cases of the period have the figure at all (an action figure can exceed 1 per case). */
function casesWithFigure(
  rows: readonly BoardReportRow[],
  periodIndex: number,
  key: string,
): number {
  const period = must(PERIODS[periodIndex], 'a period of the year');
  return rows.filter(
    (row) =>
      row.receivedAt >= period.from &&
      row.receivedAt < period.to &&
      (caseFigures(row)[key] ?? 0) > 0,
  ).length;
}

/** The periods of the year an edit can change: those of every month it touches. */
function touchedPeriods(rows: readonly BoardReportRow[], edits: readonly WitnessEdit[]): number[] {
  const months = new Set<number>();
  for (const edit of edits) {
    months.add(must(rows[edit.unit], 'a row of the year').receivedAt.getUTCMonth());
    if (edit.kind === 'swap')
      months.add(must(rows[edit.with], 'a row of the year').receivedAt.getUTCMonth());
    if (edit.kind === 'move') months.add(edit.toMonth);
  }
  return [...new Set([...months].flatMap((month) => periodsOfMonth(month)))];
}

/**
 * Checks that a witness is what it claims: in the history it describes, every figure the 17
 * published reports show is the same (timings included), and the protected count is 0. Periods
 * the edits do not touch are unchanged, so only the touched ones are recomputed.
 */
function checkWitness(
  rows: readonly BoardReportRow[],
  published: readonly PublishedBoardReport[],
  shownCounts: ReadonlyArray<Map<string, unknown>>,
  witness: Witness,
): void {
  const other = applyWitness(rows, witness.edits);
  const mismatches: unknown[] = [];
  for (const index of touchedPeriods(rows, witness.edits)) {
    const period = must(PERIODS[index], 'a period of the year');
    const exact = buildBoardReport(other, period);
    for (const [key, value] of must(shownCounts[index], 'the shown counts of a period')) {
      if (value !== SUPPRESSED && figure(exact, key) !== value) {
        mismatches.push([period.label, key, value, figure(exact, key)]);
      }
    }
    for (const timing of ['toAcknowledge', 'toFeedback', 'toClose'] as const) {
      const shown = must(published[index], 'the published report of a period').timings[timing];
      if (
        !shown.suppressed &&
        (exact.timings[timing].medianDays !== shown.medianDays ||
          exact.timings[timing].p90Days !== shown.p90Days)
      ) {
        mismatches.push([period.label, timing, shown, exact.timings[timing]]);
      }
    }
    const before = buildBoardReport(rows, period);
    if (witness.keepsTotals && exact.totalCases !== before.totalCases) {
      mismatches.push([period.label, 'totalCases changed']);
    }
    const parent = parentFigure(witness.key);
    if (witness.keepsParent && parent && figure(exact, parent) !== figure(before, parent)) {
      mismatches.push([period.label, `${parent} changed`]);
    }
  }
  expect([witness, mismatches]).toEqual([witness, []]);
  expect([witness, sumFigure(other, witness.period, witness.key)]).toEqual([witness, 0]);
}

/** Sums the published reports promise: a figure is the sum of its parts, across and over time. */
function equations(
  report: (index: number) => Map<string, unknown>,
): Array<[sum: unknown[], parts: unknown[]]> {
  const groups: Array<[sum: unknown[], parts: unknown[]]> = [];
  PERIODS.forEach((_, index) => {
    const figures = report(index);
    const total = figures.get('totalCases');
    for (const prefix of ['byConcernType.', 'byRoute.', 'byStatus.', 'byFinding.']) {
      groups.push([
        [total],
        [...figures].filter(([key]) => key.startsWith(prefix)).map(([, v]) => v),
      ]);
    }
    groups.push([
      [figures.get('overdue.total')],
      [...figures].filter(([key]) => key.startsWith('overdue.byRoute.')).map(([, v]) => v),
    ]);
    for (const kind of ['disciplinary', 'corrective', 'interim']) {
      groups.push([
        [figures.get(`actions.byKind.${kind}`)],
        [...figures]
          .filter(([key]) => key.startsWith(`actions.byMeasure.${kind}.`))
          .map(([, v]) => v),
      ]);
    }
  });
  for (const key of report(0).keys()) {
    groups.push([[report(0).get(key)], [1, 2, 3, 4].map((q) => report(q).get(key))]);
    for (let quarter = 1; quarter <= 4; quarter += 1) {
      groups.push([
        [report(quarter).get(key)],
        [0, 1, 2].map((m) => report(4 + (quarter - 1) * 3 + m + 1).get(key)),
      ]);
    }
  }
  return groups;
}

const CONCERNS: ConcernType[] = ['accounting', 'auditing', 'insider_trading', 'retaliation'];
const ROUTES_USED: Route[] = ['general_counsel', 'audit_committee', 'board'];
const STATUSES: CaseStatus[] = ['received', 'acknowledged', 'investigating', 'closed', 'dismissed'];

/** A plausible case: its status, timings and finding agree with one another. */
const caseRow: fc.Arbitrary<BoardReportRow> = fc
  .record({
    month: fc.integer({ min: 0, max: 11 }),
    day: fc.integer({ min: 1, max: 28 }),
    concernType: fc.constantFrom(...CONCERNS),
    routedTo: fc.constantFrom(...ROUTES_USED),
    status: fc.constantFrom(...STATUSES),
    finding: fc.constantFrom(...FINDINGS),
    ackDays: fc.integer({ min: 0, max: 9 }),
    feedbackDays: fc.option(fc.integer({ min: 10, max: 100 })),
    closeDays: fc.integer({ min: 20, max: 200 }),
    overdue: fc.boolean(),
    measures: fc.array(fc.constantFrom(...ACTION_MEASURES.disciplinary, 'training'), {
      maxLength: 2,
    }),
  })
  .map((c): BoardReportRow => {
    const receivedAt = new Date(Date.UTC(YEAR, c.month, c.day, 9));
    const after = (days: number) => new Date(receivedAt.getTime() + days * DAY_MS);
    const acknowledged = c.status !== 'received';
    const ended = c.status === 'closed' || c.status === 'dismissed';
    return {
      concernType: c.concernType,
      routedTo: c.routedTo,
      status: c.status,
      finding: c.status === 'closed' ? c.finding : null,
      receivedAt,
      acknowledgedAt: acknowledged ? after(c.ackDays) : null,
      firstFeedbackAt: acknowledged && c.feedbackDays !== null ? after(c.feedbackDays) : null,
      closedAt: ended ? after(c.closeDays) : null,
      overdue: !ended && c.overdue,
      actions:
        c.status === 'closed'
          ? c.measures.map((measure) =>
              measure === 'training'
                ? { kind: 'corrective' as const, measure }
                : { kind: 'disciplinary' as const, measure },
            )
          : [],
    };
  });

function caseAt(month: number, overrides: Partial<BoardReportRow> = {}): BoardReportRow {
  return {
    concernType: 'accounting',
    routedTo: 'general_counsel',
    status: 'acknowledged',
    finding: null,
    receivedAt: new Date(Date.UTC(YEAR, month, 5, 9)),
    acknowledgedAt: new Date(Date.UTC(YEAR, month, 6, 9)),
    overdue: false,
    actions: [],
    ...overrides,
  };
}

describe(publishBoardReports.name, () => {
  it('withholds every count of 1 or 2, in every period of the year, and shows only 0 or ≥ 3', () => {
    const rows = [
      ...Array.from({ length: 6 }, (_, i) => caseAt(i % 3)),
      caseAt(4, { concernType: 'insider_trading', routedTo: 'board' }),
    ];
    const { reports } = publishBoardReports(rows, YEAR);
    for (const report of reports) {
      const small = [...counts(report)].filter(([, value]) => value === 1 || value === 2);
      expect([report.period.label, small]).toEqual([report.period.label, []]);
    }
    expect(must(reports[0], 'the year report').byConcernType.insider_trading).toBe(SUPPRESSED);
    expect(must(reports[0], 'the year report').byRoute.board).toBe(SUPPRESSED);
  });

  it('hides a lone case of a kind behind a second withheld bucket, even one holding 0', () => {
    // Thirty cases of one kind and one insider-trading case in May: a withheld insider_trading
    // next to shown zeros would name the case's concern type.
    const rows = [
      ...Array.from({ length: 30 }, (_, i) => caseAt(i % 12)),
      caseAt(4, { concernType: 'insider_trading' }),
    ];
    const { reports } = publishBoardReports(rows, YEAR);
    const withheld = (report: PublishedBoardReport) =>
      Object.entries(report.byConcernType)
        .filter(([, value]) => value === SUPPRESSED)
        .map(([key]) => key);
    for (const index of [0, 2, 9]) {
      expect(withheld(must(reports[index], 'the report of a period'))).toContain('insider_trading');
      expect(
        withheld(must(reports[index], 'the report of a period')).length,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('publishes a year, its quarters and its months so that none can be subtracted to reveal a withheld count', () => {
    // One case in March, many in every other month: year − other quarters, or Q1 − January −
    // February, must not give March's count.
    const rows = [
      ...Array.from({ length: 44 }, (_, i) =>
        caseAt(must([0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11][i % 11], 'a month')),
      ),
      caseAt(2, { status: 'received', acknowledgedAt: null }),
    ];
    const { reports } = publishBoardReports(rows, YEAR);
    const march = must(reports[4 + 3], 'the March report');
    expect(march.totalCases).toBe(SUPPRESSED);
    const published = (index: number, key: string) =>
      figure(must(reports[index], 'the report of a period'), key);
    // Q1 − January − February would give March: one of them is withheld too.
    const q1 = [1, 5, 6].map((index) => published(index, 'totalCases'));
    expect(q1).toContain(SUPPRESSED);
  });

  it('withholds the timings of a withheld number of cases', () => {
    const rows = [caseAt(0), caseAt(0), caseAt(0, { acknowledgedAt: null, status: 'received' })];
    const { reports } = publishBoardReports(rows, YEAR);
    expect(must(reports[5], 'the January report').timings.toAcknowledge).toEqual({
      cases: SUPPRESSED,
      medianDays: null,
      p90Days: null,
      suppressed: true,
    });
  });

  it('shows zeros in an empty year, and never withholds anything there', () => {
    const { reports, witnesses } = publishBoardReports([], YEAR);
    expect(witnesses).toEqual([]);
    expect(
      [...counts(must(reports[0], 'the year report')).values()].every((value) => value === 0),
    ).toBe(true);
    expect(must(reports[16], 'the December report').period).toEqual({
      label: '2026-12',
      kind: 'month',
      from: '2026-12-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    });
  });

  it('ignores cases received in another year', () => {
    const other = { ...caseAt(0), receivedAt: new Date(Date.UTC(YEAR + 1, 0, 1)) };
    expect(must(publishBoardReports([other], YEAR).reports[0], 'the year report').totalCases).toBe(
      0,
    );
  });

  it('is deterministic', () => {
    const rows = fc.sample(caseRow, { numRuns: 40, seed: 7 });
    expect(publishBoardReports(rows, YEAR)).toEqual(publishBoardReports(rows, YEAR));
  });

  it.each([0, 2.5])('refuses the threshold %p', (threshold) => {
    expect(() => publishBoardReports([], YEAR, threshold)).toThrow(RangeError);
  });

  it('refuses a value whose key the report does not list, rather than adding a key that reveals it', () => {
    expect(() => publishBoardReports([caseAt(0, { finding: 'withdrawn' })], YEAR)).toThrow(
      RangeError,
    );
    expect(() =>
      publishBoardReports([caseAt(0, { actions: [{ kind: 'interim', measure: 'gag' }] })], YEAR),
    ).toThrow(RangeError);
  });

  describe('for any year of cases (property)', () => {
    const years = fc.array(caseRow, { maxLength: 30 });

    it('gives every withheld small count a witness: a history with the same published figures in which that count is 0', () => {
      fc.assert(
        fc.property(years, (rows) => {
          const { reports, witnesses } = publishBoardReports(rows, YEAR);
          const small = PERIODS.flatMap((period, index) => {
            const exact = buildBoardReport(rows, period);
            return [...counts(exact)]
              .filter(([, value]) => value === 1 || value === 2)
              .map(([key]) => figureId(index, key));
          });
          const witnessed = new Set(witnesses.map((w) => figureId(w.period, w.key)));
          for (const id of small) expect(witnessed).toContain(id);
          const shownCounts = reports.map((report) => counts<unknown>(report));
          for (const witness of witnesses) checkWitness(rows, reports, shownCounts, witness);
          // Only the number of cases, or a year in which every case shares the attribute, may
          // need a witness that changes how many cases a period has.
          for (const witness of witnesses.filter((w) => !w.keepsTotals && w.key !== 'totalCases')) {
            // (A case counts once here however many of its actions carry the attribute.)
            expect(casesWithFigure(rows, 0, witness.key)).toBe(sumFigure(rows, 0, 'totalCases'));
          }
          // An action's measure can always be hidden among the other measures of its kind.
          for (const witness of witnesses.filter((w) => w.key.startsWith('actions.byMeasure.'))) {
            expect(witness.keepsParent).toBe(true);
          }
        }),
        { numRuns: 60 },
      );
    });

    it('never leaves a single withheld figure in a sum the reports promise', () => {
      fc.assert(
        fc.property(years, (rows) => {
          const { reports } = publishBoardReports(rows, YEAR);
          for (const [left, right] of equations((index) =>
            counts(must(reports[index], 'the report of a period')),
          )) {
            const withheld = [...left, ...right].filter((value) => value === SUPPRESSED).length;
            expect(withheld).not.toBe(1);
          }
        }),
        { numRuns: 60 },
      );
    });

    it('publishes exactly the figures it does not withhold', () => {
      fc.assert(
        fc.property(years, (rows) => {
          const { reports } = publishBoardReports(rows, YEAR);
          PERIODS.forEach((period, index) => {
            const exact = counts(buildBoardReport(rows, period));
            for (const [key, value] of counts(must(reports[index], 'the report of a period'))) {
              if (value !== SUPPRESSED) expect(value).toBe(exact.get(key));
            }
          });
        }),
        { numRuns: 60 },
      );
    });
  });

  // How long this takes belongs in bench/, not in a timed unit test: here, only that a large
  // company's year is published, all 17 periods of it.
  it("publishes a large company's year (2,000 cases)", () => {
    const rows = fc.sample(caseRow, { numRuns: 2000, seed: 11 });
    expect(publishBoardReports(rows, YEAR).reports).toHaveLength(17);
  });
});

describe(protectYear.name, () => {
  const unit = (month: number, counts: Record<string, number>): DisclosureUnit => ({
    month,
    counts: { total: 1, ...counts },
  });
  const options = { threshold: 3, totalKey: 'total', isHidden: isHiddenFigure };

  it.each<[string, DisclosureUnit[], string[]]>([
    ['an empty year', [], []],
    [
      'three cases of one kind in one month: nothing small',
      [unit(0, { a: 1 }), unit(0, { a: 1 }), unit(0, { a: 1 })],
      [],
    ],
    [
      'one case of kind b among three of kind a in January: b and a second bucket, in the month, its quarter and the year',
      [unit(0, { a: 1 }), unit(0, { a: 1 }), unit(0, { a: 1 }), unit(0, { b: 1 })],
      ['0|a', '0|b', '1|a', '1|b', '5|a', '5|b'],
    ],
  ])('%s', (_what, units, expected) => {
    expect([...protectYear(units, options).suppressed].sort()).toEqual(expected.sort());
  });

  it('moves a lone case of the year out of a month only within the year', () => {
    const { witnesses } = protectYear([unit(3, { a: 1 })], options);
    const total = witnesses.find((w) => w.key === 'total' && w.period === 5 + 3);
    expect(total?.edits).toEqual([{ kind: 'move', unit: 0, toMonth: expect.any(Number) }]);
    const year = witnesses.find((w) => w.key === 'total' && w.period === 0);
    expect(year?.edits).toEqual([{ kind: 'remove', unit: 0 }]);
  });

  it('never counts a hidden figure among those it withholds', () => {
    const { suppressed } = protectYear([unit(0, { 'hidden.x': 1 })], options);
    expect([...suppressed].some((id) => id.includes('hidden.'))).toBe(false);
  });

  it.each([
    [{ month: 12, counts: { total: 1 } }, /month/],
    [{ month: 0, counts: {} }, /total/],
  ])('refuses a malformed unit %j', (bad, message) => {
    expect(() => protectYear([bad], options)).toThrow(message);
  });

  it('maps months to their periods', () => {
    expect(periodsOfMonth(0)).toEqual([5, 1, 0]);
    expect(periodsOfMonth(11)).toEqual([16, 4, 0]);
  });
});
