import request from 'supertest';
import { RetaliationChecksService } from '@candor/domain';
import { must } from '@candor/platform';
import { namedReport } from '../support/factories.js';
import { bearer, createStaff, TestStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { report } from '../safeguards/case-fixtures.js';

const TABLES = ['retaliation_checks', 'retaliation_reviews', 'outbox', 'audit_log'];

describe(`${RetaliationChecksService.name} at a random review rate of 1`, () => {
  let sut: TestApp;
  let hr: TestStaff;
  let counsel: TestStaff;

  const http = () => request(sut.app.getHttpServer());
  const check = (employee: Record<string, unknown>) =>
    http()
      .post('/api/v1/retaliation/checks')
      .set(...bearer(hr))
      .send({ employee, action: 'transfer', effectiveDate: '2026-10-15' });
  const counts = async () =>
    Object.fromEntries(
      (
        await sut.db.query<{ t: string; n: number }>(
          TABLES.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM ${t}`).join(' UNION ALL '),
        )
      ).map((r) => [r.t, r.n]),
    );

  beforeAll(async () => {
    sut = await startTestApp({ RETALIATION_RANDOM_REVIEW_RATE: '1' });
    hr = await createStaff(sut, 'hr');
    counsel = await createStaff(sut, 'general_counsel');
    await report(sut, namedReport());
  });
  afterAll(() => sut.close());

  it('sends an unprotected employee to review, to Legal, with no case behind the task', async () => {
    const res = await check({ name: 'Casey Nobody', email: 'casey.nobody@example.com' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), result: 'review_required' });
    const [review] = await sut.db.query(
      `SELECT case_id, match_strength, matched_cases, reviewer_ids::text[] AS reviewer_ids FROM retaliation_reviews WHERE check_id = $1`,
      [res.body.id],
    );
    expect(review).toEqual({
      case_id: null,
      match_strength: 'none',
      matched_cases: 0,
      reviewer_ids: [counsel.id],
    });
    const task = (
      await http()
        .get('/api/v1/retaliation/reviews')
        .set(...bearer(counsel))
    ).body.items[0];
    expect(task).toMatchObject({
      checkId: res.body.id,
      match: 'none',
      caseReference: null,
      status: 'pending',
    });
    const status = await http()
      .get(`/api/v1/retaliation/checks/${res.body.id}`)
      .set(...bearer(hr));
    expect(status.body).toEqual({
      id: res.body.id,
      result: 'review_required',
      reviewStatus: 'pending',
    });
  });

  it('answers and writes the same for a protected employee and for one chosen at random', async () => {
    const before = await counts();
    const random = await check({ name: 'Pat Unrelated', email: 'pat.unrelated@example.com' });
    const afterRandom = await counts();
    const protectedOne = await check({
      name: 'Dana Whitfield',
      email: 'dana.whitfield@example.com',
    });
    const afterProtected = await counts();

    expect(random.status).toBe(protectedOne.status);
    expect(Object.keys(random.body).sort()).toEqual(Object.keys(protectedOne.body).sort());
    expect(random.body.result).toBe(protectedOne.body.result);
    expect(Object.keys(random.headers).sort()).toEqual(Object.keys(protectedOne.headers).sort());
    const written = (from: Record<string, number>, to: Record<string, number>) =>
      Object.fromEntries(
        TABLES.map((t) => [t, must(to[t], `a count of ${t}`) - must(from[t], `a count of ${t}`)]),
      );
    expect(written(before, afterRandom)).toEqual(written(afterRandom, afterProtected));
    expect(written(before, afterRandom)).toEqual({
      retaliation_checks: 1,
      retaliation_reviews: 1,
      outbox: 1,
      audit_log: 1,
    });
    const events = await sut.db.query<{ case_id: string | null; keys: string[] }>(
      `SELECT case_id, ARRAY(SELECT jsonb_object_keys(payload) ORDER BY 1) AS keys
         FROM outbox WHERE event = 'retaliation.review_required' ORDER BY created_at DESC LIMIT 2`,
    );
    expect(events[0]).toEqual(events[1]);
  });
});
