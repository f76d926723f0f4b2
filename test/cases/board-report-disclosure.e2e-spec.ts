import request from 'supertest';
import { must } from '@candor/platform';
import { anonymousReport } from '../support/factories.js';
import { bearer, createStaff, TestStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

// Issue 14, item 1: a director bisected the report's from/to down to the millisecond until a
// period held one case, and read that case (one they were implicated in) off the "<3" buckets.

type Report = Record<string, unknown> & { totalCases: unknown; period: { label: string } };

const YEAR = new Date().getUTCFullYear();
/** Every period a reader may ask for in this year: the year, its quarters, its months. */
const PERIODS = [
  String(YEAR),
  ...[1, 2, 3, 4].map((q) => `${YEAR}-Q${q}`),
  ...Array.from({ length: 12 }, (_, m) => `${YEAR}-${String(m + 1).padStart(2, '0')}`),
];

/** The from/to of a period label; the report's bounds have taken these since before labels. */
function bounds(label: string): { from: string; to: string } {
  const day = (year: number, month: number) =>
    new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10);
  const [, quarter] = /-Q(\d)$/.exec(label) ?? [];
  const [, month] = /-(\d\d)$/.exec(label) ?? [];
  if (quarter !== undefined) {
    const first = (Number(quarter) - 1) * 3 + 1;
    return { from: day(YEAR, first), to: day(YEAR, first + 3) };
  }
  if (month !== undefined) {
    return { from: day(YEAR, Number(month)), to: day(YEAR, Number(month) + 1) };
  }
  return { from: day(YEAR, 1), to: day(YEAR + 1, 1) };
}

/** Every count of a report by its path (`byRoute.board`), timings' statistics left aside. */
function counts(report: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (value: unknown, path: string[]) => {
    if (path[0] === 'period') return;
    const last = path.at(-1);
    if (last !== undefined && ['medianDays', 'p90Days', 'suppressed'].includes(last)) return;
    if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
    } else out.set(path.join('.'), value);
  };
  walk(report, []);
  return out;
}

describe('board reports cannot be taken apart', () => {
  let sut: TestApp;
  let implicated: TestStaff;
  let colleague: TestStaff;
  let gc: TestStaff;
  let ac: TestStaff;

  beforeAll(async () => {
    sut = await startTestApp();
    implicated = await createStaff(sut, 'board', { name: 'Morgan Ellery' });
    colleague = await createStaff(sut, 'board', { name: 'Robin Castell' });
    gc = await createStaff(sut, 'general_counsel');
    await createStaff(sut, 'cfo');
    ac = await createStaff(sut, 'audit_committee', { chair: true });
  });
  afterAll(() => sut.close());

  const http = () => request(sut.app.getHttpServer());
  const post = (who: TestStaff, path: string, body: Record<string, unknown>) =>
    http()
      .post(path)
      .set(...bearer(who))
      .send(body);
  async function report(body: Record<string, unknown>): Promise<string> {
    const res = await http().post('/api/v1/intake/reports').send(body);
    expect(res.status).toBe(201);
    return (res.body as { reference: string }).reference;
  }
  async function reportsOf(
    who: TestStaff,
  ): Promise<{ json: Record<string, Report>; csv: Record<string, string> }> {
    const json: Record<string, Report> = {};
    const csv: Record<string, string> = {};
    for (const period of PERIODS) {
      const res = await http()
        .get('/api/v1/board-reports')
        .query(bounds(period))
        .set(...bearer(who));
      expect([period, res.status]).toEqual([period, 200]);
      json[period] = res.body as Report;
      const text = await http()
        .get('/api/v1/board-reports')
        .query({ ...bounds(period), format: 'csv' })
        .set(...bearer(who));
      expect([period, text.status]).toEqual([period, 200]);
      csv[period] = text.text;
    }
    return { json, csv };
  }

  it('answers a recused director, for every period of the year, exactly as if the case about them did not exist', async () => {
    // The company's other cases this year.
    for (const concernType of ['accounting', 'accounting', 'accounting', 'auditing']) {
      await report(anonymousReport({ concernType, implicated: [{ role: 'finance' }] }));
    }
    for (const concernType of ['competition', 'competition', 'health_safety']) {
      await report(anonymousReport({ concernType, implicated: [{ role: 'employee' }] }));
    }
    const before = await reportsOf(implicated);
    const colleagueBefore = await reportsOf(colleague);

    // The one insider-trading case of the year, about the director, taken to a termination.
    const reference = await report(
      anonymousReport({
        concernType: 'insider_trading',
        title: 'Director traded before the earnings release',
        implicated: [{ name: 'Morgan Ellery', role: 'director' }],
      }),
    );
    const path = (suffix: string) => `/api/v1/cases/${reference}${suffix}`;
    for (const to of ['acknowledged', 'triage', 'investigating']) {
      expect((await post(ac, path('/transitions'), { to })).status).toBe(200);
    }
    expect(
      (
        await post(ac, path('/outcome'), {
          finding: 'substantiated',
          summary: 'Trades confirmed by the broker statements.',
        })
      ).body.effective,
    ).toBe(true);
    expect(
      (
        await post(ac, path('/actions'), {
          kind: 'disciplinary',
          measure: 'termination',
          subject: 'The director',
        })
      ).body.effective,
    ).toBe(true);
    expect(
      (
        await http()
          .get(path(''))
          .set(...bearer(implicated))
      ).status,
    ).toBe(404);

    const after = await reportsOf(implicated);
    expect(after).toEqual(before);
    // Their colleague, who is not recused, sees the case counted.
    const colleagueAfter = await reportsOf(colleague);
    expect(must(colleagueBefore.json[String(YEAR)], 'the year before').totalCases).toBe(7);
    expect(must(colleagueAfter.json[String(YEAR)], 'the year after').totalCases).toBe(8);

    // The audit entries of the recused director's reports count what they were shown.
    const audited = await sut.db.query<{ detail: { period: string; cases: number } }>(
      `SELECT detail FROM audit_log WHERE action = 'board_report.generated' AND actor_id = $1 ORDER BY seq`,
      [implicated.id],
    );
    expect(audited.map((entry) => entry.detail.cases)).not.toContain(8);
    expect(audited.find((entry) => entry.detail.period === String(YEAR))?.detail.cases).toBe(7);
  });

  it.each([
    [
      'a millisecond-wide period',
      { from: `${YEAR}-12-01T00:00:00.000Z`, to: `${YEAR}-12-01T00:00:00.001Z` },
    ],
    ['a month one millisecond short', { from: `${YEAR}-01-01`, to: `${YEAR}-01-31T23:59:59.999Z` }],
    ['a start a millisecond late', { from: `${YEAR}-01-01T00:00:00.001Z`, to: `${YEAR}-02-01` }],
    ['a day', { from: `${YEAR}-03-15`, to: `${YEAR}-03-16` }],
    ['two months', { from: `${YEAR}-01-01`, to: `${YEAR}-03-01` }],
    ['a half year', { from: `${YEAR}-01-01`, to: `${YEAR}-07-01` }],
    ['every year at once', { from: '2020-01-01', to: '2100-01-01' }],
    ['a week label', { period: `${YEAR}-W01` }],
    [
      'a period and bounds together',
      { period: String(YEAR), from: `${YEAR}-01-01`, to: `${YEAR + 1}-01-01` },
    ],
    ['no period', {}],
  ])('refuses %s with 400 and says which periods exist', async (_what, query) => {
    const res = await http()
      .get('/api/v1/board-reports')
      .query(query)
      .set(...bearer(implicated));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(
      /month, quarter or year|period and from|either period/,
    );
  });

  it('takes from/to that span exactly a month, quarter or year, and answers as for that period', async () => {
    for (const [from, to, label] of [
      [`${YEAR}-01-01`, `${YEAR + 1}-01-01`, String(YEAR)],
      [`${YEAR}-10-01T00:00:00Z`, `${YEAR + 1}-01-01T00:00:00.000Z`, `${YEAR}-Q4`],
      [`${YEAR}-12-01`, `${YEAR + 1}-01-01`, `${YEAR}-12`],
    ]) {
      const bounds = await http()
        .get('/api/v1/board-reports')
        .query({ from, to })
        .set(...bearer(gc));
      const labelled = await http()
        .get('/api/v1/board-reports')
        .query({ period: label })
        .set(...bearer(gc));
      expect(bounds.status).toBe(200);
      expect(bounds.body).toEqual(labelled.body);
      expect(bounds.body.period.label).toBe(label);
    }
  });

  it('gives readers who are not recused figures that cannot be combined to reveal a withheld one', async () => {
    for (const reader of [gc, colleague, ac]) {
      const { json, csv } = await reportsOf(reader);
      const figures = PERIODS.map((period) => counts(json[period]));
      const figuresOf = (index: number) => must(figures[index], `the figures of period ${index}`);
      for (const [index, period] of PERIODS.entries()) {
        const small = [...figuresOf(index)].filter(([, value]) => value === 1 || value === 2);
        expect([period, small]).toEqual([period, []]);
        // The CSV says the same as the JSON.
        const totalCases = must(json[period], `the ${period} report`).totalCases;
        for (const [key, value] of [['total,cases', totalCases]] as const) {
          expect(csv[period]).toContain(`\r\n${key},${String(value)}\r\n`);
        }
      }
      // A year is its quarters, a quarter its months, a total its buckets: wherever a figure is
      // withheld, another one in the same sum is too, so no subtraction isolates it.
      const sums: Array<[string, unknown[]]> = [];
      for (const key of figuresOf(0).keys()) {
        sums.push([`${key} over quarters`, [0, 1, 2, 3, 4].map((i) => figuresOf(i).get(key))]);
        for (let q = 1; q <= 4; q += 1) {
          const months = [0, 1, 2].map((m) => 4 + (q - 1) * 3 + m + 1);
          sums.push([`${key} over Q${q}`, [q, ...months].map((i) => figuresOf(i).get(key))]);
        }
      }
      for (const [index, period] of PERIODS.entries()) {
        for (const prefix of ['byConcernType.', 'byRoute.', 'byStatus.', 'byFinding.']) {
          sums.push([
            `${period} ${prefix}`,
            [
              figuresOf(index).get('totalCases'),
              ...[...figuresOf(index)].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v),
            ],
          ]);
        }
      }
      for (const [what, terms] of sums) {
        const withheld = terms.filter((value) => value === 'suppressed').length;
        expect([what, withheld === 1]).toEqual([what, false]);
        if (withheld === 0) {
          const [whole, ...parts] = terms as number[];
          expect([what, parts.reduce((a, b) => a + b, 0)]).toEqual([what, whole]);
        }
      }
      // The lone insider-trading case is withheld, beside at least one other concern type.
      const wholeYear = must(json[String(YEAR)], 'the year report');
      const year = wholeYear.byConcernType as Record<string, unknown>;
      expect(year.insider_trading).toBe('suppressed');
      expect(Object.values(year).filter((value) => value === 'suppressed').length).toBeGreaterThan(
        1,
      );
    }
  });
});
