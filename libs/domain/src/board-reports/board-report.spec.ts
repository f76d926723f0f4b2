import { must } from '@candor/platform/checks/must.js';
import {
  type BoardReport,
  type BoardReportRow,
  buildBoardReport,
  csvField,
  percentile,
  publishBoardReports,
  toCsv,
} from './board-report.js';
import { quarterPeriod } from './report-period.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const period = quarterPeriod(2026, 1);
/** The published report of 2026-Q1 (index 1 of the year's 17). */
const publishedQ1 = (rows: readonly BoardReportRow[]) =>
  must(publishBoardReports(rows, 2026).reports[1], 'the 2026-Q1 report');
const START = Date.parse('2026-01-10T09:00:00Z');
const daysAfter = (base: Date, days: number) => new Date(base.getTime() + days * DAY_MS);

/** A case received in the period; overrides say what is special about it. */
function row(overrides: Partial<BoardReportRow> = {}, index = 0): BoardReportRow {
  return {
    concernType: 'other',
    routedTo: 'general_counsel',
    status: 'received',
    finding: null,
    receivedAt: new Date(START + index * DAY_MS),
    overdue: false,
    actions: [],
    ...overrides,
  };
}

/** Cases acknowledged after the given numbers of days. */
function acknowledgedAfter(days: readonly number[]): BoardReportRow[] {
  return days.map((d, index) => {
    const base = row({}, index);
    return { ...base, status: 'acknowledged', acknowledgedAt: daysAfter(base.receivedAt, d) };
  });
}

describe(percentile.name, () => {
  it.each<[number[], number, number | null]>([
    [[], 50, null],
    [[5], 50, 5],
    [[5], 90, 5],
    [[1, 2, 3, 4, 10], 50, 3],
    [[1, 2, 3, 4, 10], 90, 7.6],
    [[1, 2, 3, 4], 50, 2.5],
    [[1, 2, 3, 4], 90, 3.7],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9.1],
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 100, 4],
  ])('interpolates linearly: %j at p%i is %p', (values, p, expected) => {
    const result = percentile(values, p);
    if (expected === null) {
      expect(result).toBeNull();
    } else {
      expect(result).toBeCloseTo(expected, 10);
    }
  });

  it('refuses a percentile outside 0–100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe(buildBoardReport.name, () => {
  it('counts only cases received in the half-open period', () => {
    const report = buildBoardReport(
      [
        row({ receivedAt: new Date('2025-12-31T23:59:59.999Z') }),
        row({ receivedAt: period.from }),
        row({ receivedAt: new Date('2026-03-31T23:59:59.999Z') }),
        row({ receivedAt: period.to }),
      ],
      period,
    );
    expect(report.totalCases).toBe(2);
    expect(report.period).toEqual({
      label: '2026-Q1',
      kind: 'quarter',
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
    });
  });

  it('counts by concern type, route, status and finding, listing every known key', () => {
    const report = buildBoardReport(
      [
        row({
          concernType: 'accounting',
          routedTo: 'audit_committee',
          status: 'closed',
          finding: 'substantiated',
        }),
        row({
          concernType: 'accounting',
          routedTo: 'audit_committee',
          status: 'closed',
          finding: 'unsubstantiated',
        }),
        row({ concernType: 'insider_trading', routedTo: 'board', status: 'investigating' }),
        row({ concernType: 'other', status: 'dismissed', finding: undefined }),
        row({ concernType: 'other', status: 'closed', finding: 'insufficient_information' }),
      ],
      period,
    );
    expect(report.totalCases).toBe(5);
    expect(report.byConcernType).toMatchObject({
      accounting: 2,
      insider_trading: 1,
      other: 2,
      auditing: 0,
    });
    expect(Object.keys(report.byConcernType)).toHaveLength(17);
    expect(report.byRoute).toEqual({ general_counsel: 2, audit_committee: 2, board: 1 });
    expect(report.byStatus).toEqual({
      received: 0,
      acknowledged: 0,
      triage: 0,
      investigating: 1,
      resolved: 0,
      closed: 3,
      dismissed: 1,
      reopened: 0,
    });
    expect(report.byFinding).toEqual({
      substantiated: 1,
      partially_substantiated: 0,
      unsubstantiated: 1,
      insufficient_information: 1,
      none: 2,
    });
  });

  it('counts overdue cases in total and by route', () => {
    const report = buildBoardReport(
      [
        row({ overdue: true }),
        row({ overdue: true, routedTo: 'board' }),
        row({ overdue: true, routedTo: 'board' }),
        row({ overdue: false, routedTo: 'audit_committee' }),
      ],
      period,
    );
    expect(report.overdue).toEqual({
      total: 3,
      byRoute: { general_counsel: 1, audit_committee: 0, board: 2 },
    });
  });

  it('counts actions by kind and by measure', () => {
    const report = buildBoardReport(
      [
        row({
          actions: [
            { kind: 'disciplinary', measure: 'written_reprimand' },
            { kind: 'corrective', measure: 'training' },
            { kind: 'interim', measure: 'suspension_pending_investigation' },
          ],
        }),
        row({
          actions: [
            { kind: 'disciplinary', measure: 'written_reprimand' },
            { kind: 'corrective', measure: 'process_change' },
            { kind: 'corrective', measure: 'process_change' },
          ],
        }),
      ],
      period,
    );
    expect(report.actions.byKind).toEqual({ disciplinary: 2, corrective: 3, interim: 1 });
    expect(report.actions.byMeasure).toEqual({
      disciplinary: {
        oral_reprimand: 0,
        written_reprimand: 2,
        suspension_with_pay: 0,
        suspension_without_pay: 0,
        termination: 0,
        other: 0,
      },
      corrective: { control_fix: 0, training: 1, process_change: 2, other: 0 },
      interim: { suspension_pending_investigation: 1, other: 0 },
    });
  });

  it.each<[string, number[], number | null, number | null]>([
    ['no cases', [], null, null],
    ['one case', [2], 2, 2],
    ['an odd number of cases', [1, 2, 3, 4, 10], 3, 7.6],
    ['an even number of cases', [1, 2, 3, 4], 2.5, 3.7],
    ['durations in hours, rounded to a tenth of a day', [0.5, 1.5, 1.75], 1.5, 1.7],
  ])(
    'computes median and 90th percentile days to acknowledge over %s',
    (_over, days, median, p90) => {
      expect(buildBoardReport(acknowledgedAfter(days), period).timings.toAcknowledge).toEqual({
        cases: days.length,
        medianDays: median,
        p90Days: p90,
        suppressed: false,
      });
    },
  );

  it('measures feedback and closure from receipt, over the cases that reached them', () => {
    const received = new Date('2026-02-01T00:00:00Z');
    const rows = [
      row({
        receivedAt: received,
        acknowledgedAt: daysAfter(received, 1),
        firstFeedbackAt: daysAfter(received, 20),
        closedAt: daysAfter(received, 40),
      }),
      row({
        receivedAt: received,
        acknowledgedAt: daysAfter(received, 3),
        firstFeedbackAt: daysAfter(received, 30),
      }),
      row({
        receivedAt: received,
        acknowledgedAt: daysAfter(received, 5),
        firstFeedbackAt: daysAfter(received, 90),
        closedAt: daysAfter(received, 100),
      }),
      row({ receivedAt: received }),
    ];
    const { timings } = buildBoardReport(rows, period);
    expect(timings.toAcknowledge).toMatchObject({ cases: 3, medianDays: 3, p90Days: 4.6 });
    expect(timings.toFeedback).toMatchObject({ cases: 3, medianDays: 30, p90Days: 78 });
    expect(timings.toClose).toMatchObject({ cases: 2, medianDays: 70, p90Days: 94 });
  });
});

describe(publishBoardReports.name, () => {
  const rows = [
    ...Array.from({ length: 3 }, (_, index) =>
      row({ concernType: 'accounting', routedTo: 'audit_committee', status: 'closed' }, index),
    ),
    row({ concernType: 'insider_trading', routedTo: 'board', overdue: true }),
    row({ concernType: 'insider_trading', routedTo: 'board', overdue: true }),
    row({
      concernType: 'retaliation',
      actions: [{ kind: 'disciplinary', measure: 'termination' }],
    }),
  ];
  const sut = publishedQ1(rows);

  it.each([
    ['a count of one', sut.byConcernType.retaliation],
    ['a count of two', sut.byConcernType.insider_trading],
    ['a route count of two', sut.byRoute.board],
    ['the overdue total of two', sut.overdue.total],
    ['an overdue route count of two', sut.overdue.byRoute.board],
    ['an action kind count of one', sut.actions.byKind.disciplinary],
    ['an action measure count of one', sut.actions.byMeasure.disciplinary.termination],
  ])('withholds %s', (_what, actual) => {
    expect(actual).toBe('suppressed');
  });

  it.each([
    ['the total', sut.totalCases, 6],
    ['a finding count of six', sut.byFinding.none, 6],
    ['a zero with nothing withheld beside it', sut.actions.byKind.interim, 0],
  ])('shows %s', (_what, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('withholds a second bucket beside each lone one, so the mark does not say which holds the case', () => {
    const withheld = Object.values(sut.actions.byMeasure.disciplinary).filter(
      (value) => value === 'suppressed',
    );
    expect(withheld.length).toBeGreaterThanOrEqual(2);
  });

  it.each<[string, number[], object]>([
    ['no cases', [], { cases: 0, medianDays: null, p90Days: null, suppressed: false }],
    ['one case', [4], { cases: 'suppressed', medianDays: null, p90Days: null, suppressed: true }],
    [
      'two cases',
      [4, 6],
      { cases: 'suppressed', medianDays: null, p90Days: null, suppressed: true },
    ],
    ['three cases', [4, 6, 8], { cases: 3, medianDays: 6, p90Days: 7.6, suppressed: false }],
  ])('withholds timings computed from %s when under the threshold', (_over, days, expected) => {
    expect(publishedQ1(acknowledgedAfter(days)).timings.toAcknowledge).toEqual(expected);
  });

  it('uses the threshold given', () => {
    const published = must(publishBoardReports(rows, 2026, 5).reports[1], 'the 2026-Q1 report');
    expect(published.byConcernType.accounting).toBe('suppressed');
    expect(published.totalCases).toBe(6);
  });

  it('does not change the rows it is given', () => {
    const copy = structuredClone(rows);
    publishBoardReports(rows, 2026);
    expect(rows).toEqual(copy);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses the threshold %p', (threshold) => {
    expect(() => publishBoardReports(rows, 2026, threshold)).toThrow(RangeError);
  });
});

/** A strict RFC 4180 reader, so the tests check what a spreadsheet would read. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else {
      field += char;
    }
  }
  return records;
}

describe(csvField.name, () => {
  it.each<[string | number | boolean | null, string]>([
    ['accounting', 'accounting'],
    ['<3', '<3'],
    [3, '3'],
    [4.5, '4.5'],
    [true, 'true'],
    [null, ''],
    ['training, finance team', '"training, finance team"'],
    ['the "quick" fix', '"the ""quick"" fix"'],
    ['line one\nline two', '"line one\nline two"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe(toCsv.name, () => {
  const rows = [
    row({ concernType: 'accounting', acknowledgedAt: new Date(START + 2 * DAY_MS) }),
    row({ actions: [{ kind: 'corrective', measure: 'training' }] }),
  ];
  const report = buildBoardReport(rows, period);

  it('writes a header and section,key,value records separated by CRLF, ending with CRLF', () => {
    const csv = toCsv(publishedQ1(rows));
    expect(
      csv.startsWith(
        'section,key,value\r\nperiod,label,2026-Q1\r\nperiod,from,2026-01-01T00:00:00.000Z\r\n',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\n/);
  });

  it('reads back as three fields per record, with withheld values as in the JSON', () => {
    const records = parseCsv(toCsv(publishedQ1(rows)));
    expect(records.every((record) => record.length === 3)).toBe(true);
    expect(records).toContainEqual(['total', 'cases', 'suppressed']);
    expect(records).toContainEqual(['concern_type', 'accounting', 'suppressed']);
    expect(records).toContainEqual(['time_to_acknowledge', 'median_days', '']);
    expect(records).toContainEqual(['time_to_acknowledge', 'suppressed', 'true']);
    expect(records).toContainEqual(['action_measure.corrective', 'training', 'suppressed']);
  });

  it('writes the same figures as the JSON report it is given', () => {
    const published = publishedQ1(rows);
    const records = parseCsv(toCsv(published));
    expect(records).toContainEqual(['route', 'board', String(published.byRoute.board)]);
    expect(records).toContainEqual(['status', 'closed', String(published.byStatus.closed)]);
  });

  it('writes unsuppressed figures as numbers', () => {
    const records = parseCsv(toCsv(report));
    expect(records).toContainEqual(['time_to_acknowledge', 'median_days', '2']);
    expect(records).toContainEqual(['overdue', 'total', '0']);
  });

  it('has one record per figure of the report', () => {
    const expected =
      1 + // header
      4 + // period label, from, to and total
      17 +
      3 +
      8 +
      5 + // concern types, routes, statuses, findings (four and none)
      3 * 4 + // three timings
      1 +
      3 + // overdue total and by route
      3 +
      6 +
      4 +
      2; // action kinds, and the measures of each kind
    expect(parseCsv(toCsv(report satisfies BoardReport))).toHaveLength(expected);
  });
});
