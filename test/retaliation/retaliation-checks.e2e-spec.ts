import request from 'supertest';
import { DataSource } from 'typeorm';
import { CaseAccessService, RetaliationChecksService } from '@candor/domain';
import { must } from '@candor/platform';
import { anonymousReport, namedReport } from '../support/factories.js';
import { bearer, createStaff, TestStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { closeCase, monthsAgo, report, ReportedCase } from '../safeguards/case-fixtures.js';

const EFFECTIVE = '2026-09-01';

describe(RetaliationChecksService.name, () => {
  let sut: TestApp;
  let hr: TestStaff;
  let otherHr: TestStaff;
  let counsel: TestStaff;
  let recusedCounsel: TestStaff;
  let chair: TestStaff;
  let member: TestStaff;
  /** Dana Whitfield reported by name; Lee Park is her witness (General Counsel case). */
  let gcCase: ReportedCase;
  /** An Audit Committee case where staff added a protected person with an employee id. */
  let acCase: ReportedCase;

  const http = () => request(sut.app.getHttpServer());
  const check = (staff: TestStaff, employee: Record<string, unknown>, extra: object = {}) =>
    http()
      .post('/api/v1/retaliation/checks')
      .set(...bearer(staff))
      .send({ employee, action: 'termination', effectiveDate: EFFECTIVE, ...extra });
  const reviewOf = async (checkId: string) =>
    (
      await sut.db.query<{
        id: string;
        case_id: string | null;
        match_strength: string;
        reviewer_ids: string[];
        status: string;
      }>(
        `SELECT id, case_id, match_strength, reviewer_ids::text[] AS reviewer_ids, status
           FROM retaliation_reviews WHERE check_id = $1`,
        [checkId],
      )
    )[0];
  const reviewsOf = async (staff: TestStaff) => {
    const res = await http()
      .get('/api/v1/retaliation/reviews')
      .set(...bearer(staff));
    expect(res.status).toBe(200);
    return res.body.items as Array<Record<string, unknown>>;
  };

  beforeAll(async () => {
    sut = await startTestApp({ RETALIATION_RANDOM_REVIEW_RATE: '0' });
    hr = await createStaff(sut, 'hr');
    otherHr = await createStaff(sut, 'hr');
    counsel = await createStaff(sut, 'general_counsel');
    recusedCounsel = await createStaff(sut, 'general_counsel', { name: 'Riley Quinn' });
    chair = await createStaff(sut, 'audit_committee', { chair: true });
    member = await createStaff(sut, 'audit_committee');
    gcCase = await report(sut, namedReport());
    acCase = await report(sut, anonymousReport());
    const added = await http()
      .post(`/api/v1/cases/${acCase.reference}/protected-people`)
      .set(...bearer(chair))
      .send({ name: 'Jordan Blake', email: 'jordan.blake@example.com', employeeId: 'E-10442' });
    expect(added.status).toBe(201);
  });
  afterAll(() => sut.close());

  it('sends a check on a named reporter to review, with a task for the General Counsel body', async () => {
    const res = await check(hr, { name: 'Dana Whitfield', email: ' DANA.Whitfield@Example.com ' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), result: 'review_required' });
    const review = must(await reviewOf(res.body.id), 'the review of the check');
    expect(review).toMatchObject({
      case_id: gcCase.id,
      match_strength: 'strong',
      status: 'pending',
    });
    expect([...review.reviewer_ids].sort()).toEqual([counsel.id, recusedCounsel.id].sort());

    const events = await sut.db.query(
      `SELECT case_id, payload FROM outbox WHERE event = 'retaliation.review_required' AND payload->>'reviewId' = $1`,
      [review.id],
    );
    expect(events).toEqual([
      { case_id: null, payload: { reviewId: review.id, reviewerIds: review.reviewer_ids } },
    ]);
    const task = (await reviewsOf(counsel)).find((r) => r.id === review.id);
    expect(task).toMatchObject({
      checkId: res.body.id,
      status: 'pending',
      adverseAction: 'termination',
      effectiveDate: EFFECTIVE,
      employee: { name: 'Dana Whitfield', email: 'DANA.Whitfield@Example.com' },
      match: 'strong',
      caseReference: gcCase.reference,
    });
    expect((await reviewsOf(chair)).map((r) => r.id)).not.toContain(review.id);
  });

  it('matches a protected person by employee id, whatever its spelling, and sends the task to the committee chair', async () => {
    const res = await check(hr, { name: 'J. Blake', employeeId: 'e 10442' });
    expect(res.body.result).toBe('review_required');
    const review = must(await reviewOf(res.body.id), 'the review of the check');
    expect(review).toMatchObject({
      case_id: acCase.id,
      match_strength: 'strong',
      reviewer_ids: [chair.id],
    });
    expect((await reviewsOf(member)).map((r) => r.id)).not.toContain(review.id);
  });

  it('asks for review on a name alone, as a weaker match', async () => {
    const res = await check(hr, { name: 'lee  PARK', email: 'someone.else@example.com' });
    expect(res.body.result).toBe('review_required');
    expect(await reviewOf(res.body.id)).toMatchObject({
      case_id: gcCase.id,
      match_strength: 'weak',
    });
  });

  it('clears an unprotected employee when the random review rate is 0, and opens no task', async () => {
    const res = await check(hr, {
      name: 'Casey Nobody',
      email: 'casey.nobody@example.com',
      employeeId: 'E-1',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), result: 'clear' });
    expect(await reviewOf(res.body.id)).toBeUndefined();
    const status = await http()
      .get(`/api/v1/retaliation/checks/${res.body.id}`)
      .set(...bearer(hr));
    expect(status.body).toEqual({ id: res.body.id, result: 'clear', reviewStatus: 'not_required' });
  });

  it('protects people for the configured 24 months after closing, and not beyond', async () => {
    const recent = await report(
      sut,
      namedReport({ reporter: { name: 'Ari Recent', email: 'ari@example.com' } }),
    );
    const old = await report(
      sut,
      namedReport({ reporter: { name: 'Old Timer', email: 'old@example.com' } }),
    );
    await closeCase(sut, recent.id, monthsAgo(23));
    await closeCase(sut, old.id, monthsAgo(25));
    expect((await check(hr, { name: 'Ari Recent', email: 'ari@example.com' })).body.result).toBe(
      'review_required',
    );
    expect((await check(hr, { name: 'Old Timer', email: 'old@example.com' })).body.result).toBe(
      'clear',
    );
  });

  it('never gives a review task to a General Counsel implicated in the case', async () => {
    const recusal = await report(
      sut,
      namedReport({
        concernType: 'conflict_of_interest',
        reporter: { name: 'Morgan Avery', email: 'morgan.avery@example.com' },
        implicated: [{ name: 'Riley Quinn', role: 'employee' }],
        witnesses: [],
      }),
    );
    await sut.db.query(
      `UPDATE case_parties SET staff_id = $2, staff_match = 'staff' WHERE case_id = $1 AND kind = 'implicated'`,
      [recusal.id, recusedCounsel.id],
    );
    const res = await check(hr, { name: 'Morgan Avery', email: 'morgan.avery@example.com' });
    expect(res.body.result).toBe('review_required');
    const review = must(await reviewOf(res.body.id), 'the review of the check');
    expect(review).toMatchObject({ case_id: recusal.id, reviewer_ids: [counsel.id] });
    expect((await reviewsOf(recusedCounsel)).map((r) => r.id)).not.toContain(review.id);
    const decision = await http()
      .post(`/api/v1/retaliation/reviews/${review.id}/decision`)
      .set(...bearer(recusedCounsel))
      .send({ decision: 'cleared', reason: 'Nothing to see.' });
    expect(decision.status).toBe(404);
  });

  it('records the reviewer decision, which HR reads as the status of its own check, and only its own', async () => {
    const res = await check(
      hr,
      { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
      { action: 'demotion' },
    );
    const review = must(await reviewOf(res.body.id), 'the review of the check');
    const status = () => http().get(`/api/v1/retaliation/checks/${res.body.id}`);
    expect((await status().set(...bearer(hr))).body).toEqual({
      id: res.body.id,
      result: 'review_required',
      reviewStatus: 'pending',
    });

    const decide = (body: object) =>
      http()
        .post(`/api/v1/retaliation/reviews/${review.id}/decision`)
        .set(...bearer(counsel))
        .send(body);
    expect((await decide({ decision: 'approved', reason: 'x' })).status).toBe(400);
    expect((await decide({ decision: 'blocked', reason: '  ' })).status).toBe(400);
    expect((await decide({ decision: 'blocked' })).status).toBe(400);
    const decided = await decide({
      decision: 'blocked',
      reason:
        'The demotion follows her report by three weeks; HR must document other grounds first.',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ id: review.id, status: 'blocked', decidedBy: counsel.id });
    expect((await decide({ decision: 'cleared', reason: 'Changed my mind.' })).status).toBe(409);

    expect((await status().set(...bearer(hr))).body).toEqual({
      id: res.body.id,
      result: 'review_required',
      reviewStatus: 'blocked',
    });
    for (const stranger of [otherHr, counsel]) {
      expect((await status().set(...bearer(stranger))).status).toBe(404);
    }
    expect(
      (
        await http()
          .get('/api/v1/retaliation/checks/not-a-uuid')
          .set(...bearer(hr))
      ).status,
    ).toBe(404);
  });

  it('never lets HR read a case, even one its check matched', async () => {
    expect(
      (
        await http()
          .get(`/api/v1/cases/${gcCase.reference}`)
          .set(...bearer(hr))
      ).status,
    ).toBe(404);
    expect(
      (
        await http()
          .get(`/api/v1/audit/events?case=${gcCase.reference}`)
          .set(...bearer(hr))
      ).status,
    ).toBe(404);
    const access = sut.app.get(CaseAccessService);
    await expect(
      sut.app
        .get(DataSource)
        .transaction((tx) =>
          access.require(tx, { id: hr.id, role: 'hr' }, gcCase.reference, 'view'),
        ),
    ).rejects.toMatchObject({ kind: 'not_found' });
    expect(
      (
        await http()
          .get('/api/v1/retaliation/reviews')
          .set(...bearer(hr))
      ).body,
    ).toEqual({ items: [] });
  });

  it('answers 404 to anyone but HR submitting a check', async () => {
    for (const staff of [counsel, chair]) {
      const res = await check(staff, { name: 'Dana Whitfield' });
      expect(res.status).toBe(404);
    }
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const count = async () => {
      const [sum] = await sut.db.query(
        `SELECT (SELECT count(*) FROM retaliation_checks) + (SELECT count(*) FROM audit_log) AS n`,
      );
      return must(sum, 'a count of checks and entries').n;
    };
    const before = await count();
    for (const [employee, extra] of [
      [{ name: '' }, {}],
      [{ name: 'A', email: 'not-an-email' }, {}],
      [{ name: 'A' }, { action: 'firing' }],
      [{ name: 'A' }, { effectiveDate: '2026-02-30' }],
      [{ name: 'A' }, { effectiveDate: 'tomorrow' }],
      [{ name: 'A', salary: 1 }, {}],
      [{ name: 'A' }, { caseReference: 'CND-2026-000001' }],
    ] as const) {
      const res = await check(hr, employee, extra);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    }
    expect(await count()).toEqual(before);
  });

  it('audits every check and decision without naming the employee', async () => {
    const entries = await sut.db.query<{
      action: string;
      actor_id: string;
      case_reference: string | null;
      detail: object;
    }>(
      `SELECT action, actor_id::text AS actor_id, case_reference, detail FROM audit_log
        WHERE action LIKE 'retaliation.%' ORDER BY audit_log.seq`,
    );
    const checks = entries.filter((e) => e.action === 'retaliation.check_submitted');
    expect(checks.length).toBeGreaterThanOrEqual(8);
    for (const entry of checks) {
      expect(entry).toMatchObject({ actor_id: hr.id, case_reference: null });
      expect(Object.keys(entry.detail).sort()).toEqual(['adverseAction', 'checkId', 'result']);
    }
    expect(entries.map((e) => e.action)).toContain('retaliation.review_decided');
    expect(JSON.stringify(entries)).not.toMatch(/Dana|Whitfield|Blake|10442|Park|Avery/i);
  });
});
