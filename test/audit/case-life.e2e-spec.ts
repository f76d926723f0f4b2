import request from 'supertest';
import { AuditEventsService, RetentionService } from '@candor/domain';
import { must } from '@candor/platform';
import { namedReport } from '../support/factories.js';
import { runToEnd } from '../support/processes.js';
import { bearer, createStaff, TestStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import {
  closeCase,
  report,
  ReportedCase,
  reporterToken,
  yearsAgo,
} from '../safeguards/case-fixtures.js';

/** Everything sensitive this case life writes; none of it may reach the audit log. */
const SECRETS = {
  reporterName: 'Dana Whitfield',
  reporterEmail: 'dana.whitfield@example.com',
  witness: 'Lee Park',
  implicated: 'Sam Ortega',
  title: 'Repeated comments in team meetings',
  reporterMessage: 'I kept the calendar invitations',
  handlerMessage: 'Could you send us the calendar invitations',
  note: 'Interviewed the team lead',
  protectedName: 'Noor Haddad',
  protectedEmail: 'noor.haddad@example.com',
  justification: 'We must ask the reporter to confirm her statement under oath for the tribunal.',
  matter: 'Employment tribunal claim 2207',
  releaseNote: 'Tribunal claim withdrawn',
  outcome: 'Comments confirmed by two attendees',
  reviewReason: 'Transfer requested by the employee herself',
};

describe(AuditEventsService.name, () => {
  let sut: TestApp;
  let counsel: TestStaff;
  let cfo: TestStaff;
  let chair: TestStaff;
  let investigator: TestStaff;
  let hr: TestStaff;
  let life: ReportedCase;

  const http = () => request(sut.app.getHttpServer());
  const as = (staff: TestStaff) => ({
    get: (path: string) =>
      http()
        .get(path)
        .set(...bearer(staff)),
    post: (path: string, body: object = {}) =>
      http()
        .post(path)
        .set(...bearer(staff))
        .send(body),
  });
  async function ok(res: request.Response | Promise<request.Response>, status: number) {
    const response = await res;
    if (response.status !== status) {
      throw new Error(
        `expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`,
      );
    }
    return response;
  }
  async function allEvents(staff: TestStaff, reference: string, limit = 4) {
    const items: Array<{ seq: string; action: string; actorType: string; actorId: string | null }> =
      [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/v1/audit/events?case=${reference}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await ok(as(staff).get(query), 200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return items;
  }

  beforeAll(async () => {
    sut = await startTestApp({
      RECEIPT_FAILURES_PER_MINUTE: '1000',
      RETALIATION_RANDOM_REVIEW_RATE: '0',
    });
    counsel = await createStaff(sut, 'general_counsel');
    cfo = await createStaff(sut, 'cfo');
    chair = await createStaff(sut, 'audit_committee', { chair: true });
    investigator = await createStaff(sut, 'investigator');
    hr = await createStaff(sut, 'hr');
  });
  afterAll(() => sut.close());

  it('records every step of a case life, from the report to its purge, on a chain that stays valid', async () => {
    // The reporter.
    life = await report(sut, namedReport());
    await ok(
      http().post('/api/v1/reporter/session').send({ receipt: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF' }),
      401,
    );
    const reporter = await reporterToken(sut, life.receipt);
    await ok(
      http()
        .post('/api/v1/reporter/messages')
        .set('authorization', `Bearer ${reporter}`)
        .send({ body: `${SECRETS.reporterMessage}.` }),
      201,
    );
    // Staff: a failed sign-in, then the handling of the case.
    await ok(
      http()
        .post('/api/v1/auth/login')
        .send({ email: counsel.email, password: 'not the password', otp: '123456' }),
      401,
    );
    const path = `/api/v1/cases/${life.reference}`;
    await ok(as(counsel).get(path), 200);
    for (const to of ['acknowledged', 'triage', 'investigating']) {
      await ok(as(counsel).post(`${path}/transitions`, { to }), 200);
    }
    await ok(as(counsel).post(`${path}/assignments`, { userId: investigator.id }), 201);
    await ok(as(investigator).post(`${path}/notes`, { body: `${SECRETS.note}.` }), 201);
    await ok(as(counsel).post(`${path}/messages`, { body: `${SECRETS.handlerMessage}?` }), 201);
    await ok(
      as(investigator).post(`${path}/protected-people`, {
        name: SECRETS.protectedName,
        email: SECRETS.protectedEmail,
      }),
      201,
    );
    const listed = await ok(as(counsel).get(`${path}/protected-people`), 200);
    expect(listed.body).toMatchObject({
      reporterProtected: true,
      protectedUntil: null,
      people: [
        { kind: 'witness', name: SECRETS.witness },
        { kind: 'assisting', name: SECRETS.protectedName, contact: SECRETS.protectedEmail },
      ],
    });
    await ok(
      as(counsel).post(`${path}/identity-reveal`, { justification: SECRETS.justification }),
      200,
    );
    await ok(as(counsel).post(`${path}/legal-hold`, { matter: SECRETS.matter }), 201);
    await ok(
      as(counsel).post(`${path}/legal-hold/release`, { releaseNote: `${SECRETS.releaseNote}.` }),
      200,
    );
    const checked = await ok(
      as(hr).post('/api/v1/retaliation/checks', {
        employee: { name: SECRETS.protectedName, email: SECRETS.protectedEmail },
        action: 'transfer',
        effectiveDate: '2026-11-02',
      }),
      201,
    );
    expect(checked.body.result).toBe('review_required');
    const reviews = await ok(as(counsel).get('/api/v1/retaliation/reviews'), 200);
    const task = (reviews.body.items as Array<{ id: string; checkId: string }>).find(
      (r) => r.checkId === checked.body.id,
    );
    await ok(
      as(counsel).post(`/api/v1/retaliation/reviews/${task!.id}/decision`, {
        decision: 'cleared',
        reason: `${SECRETS.reviewReason}.`,
      }),
      200,
    );
    await ok(
      as(counsel).post(`${path}/outcome`, {
        finding: 'substantiated',
        summary: `${SECRETS.outcome}.`,
      }),
      201,
    );
    for (const to of ['resolved', 'closed']) {
      await ok(as(counsel).post(`${path}/transitions`, { to }), 200);
    }

    const trail = await allEvents(counsel, life.reference);
    const actions = trail.map((e) => e.action);
    const inOrder = [
      'case.created',
      'reporter.signed_in',
      'message.sent',
      'case.viewed',
      'case.status_changed',
      'case.assigned',
      'note.added',
      'message.sent',
      'party.added',
      'case.protected_people_viewed',
      'identity.revealed',
      'legal_hold.placed',
      'legal_hold.released',
      'outcome.recorded',
      'case.status_changed',
    ];
    let from = 0;
    for (const action of inOrder) {
      const at = actions.indexOf(action, from);
      expect({ action, found: at >= 0 }).toEqual({ action, found: true });
      from = at + 1;
    }
    expect(trail.find((e) => e.action === 'party.added')).toMatchObject({
      actorType: 'staff',
      actorId: investigator.id,
    });
    expect(trail.find((e) => e.action === 'identity.revealed')).toMatchObject({
      actorId: counsel.id,
    });
    // Sign-ins, failed ones and the adverse-action check are not about the case, but are logged.
    const global = await sut.db.query<{ action: string; actor_id: string | null }>(
      `SELECT action, actor_id::text AS actor_id FROM audit_log WHERE case_reference IS NULL ORDER BY audit_log.seq`,
    );
    for (const staff of [counsel, cfo, chair, investigator, hr]) {
      expect(global).toContainEqual({ action: 'auth.signed_in', actor_id: staff.id });
    }
    expect(global).toContainEqual({ action: 'auth.sign_in_failed', actor_id: counsel.id });
    expect(global).toContainEqual({ action: 'reporter.sign_in_failed', actor_id: null });
    expect(global).toContainEqual({ action: 'retaliation.check_submitted', actor_id: hr.id });
    expect(global).toContainEqual({ action: 'retaliation.review_decided', actor_id: counsel.id });

    // Years later: purged under the retention policy, and the chain is still whole.
    await closeCase(sut, life.id, yearsAgo(8));
    const purged = await sut.app.get(RetentionService).run();
    expect(purged.purged.map((c) => c.reference)).toContain(life.reference);
    const verify = await ok(as(chair).get('/api/v1/audit/verify'), 200);
    const [count] = await sut.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`);
    expect(verify.body).toEqual({
      valid: true,
      entries: must(count, 'a count of the log').n,
      headHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const cli = await runToEnd('cli', ['audit:verify'], sut.env);
    expect(cli.code).toBe(0);

    const everything = JSON.stringify(await sut.db.query(`SELECT * FROM audit_log`));
    for (const [what, secret] of Object.entries(SECRETS)) {
      expect({ what, leaked: everything.toLowerCase().includes(secret.toLowerCase()) }).toEqual({
        what,
        leaked: false,
      });
    }
  });

  it('shows the trail of a case only to those who may see it, and pages it by seq', async () => {
    for (const staff of [chair, hr, investigator]) {
      const res = await as(staff).get(`/api/v1/audit/events?case=${life.reference}`);
      expect(res.status).toBe(404);
    }
    // The investigator is still assigned, but the trail is the handling body's to read.
    const first = await ok(as(cfo).get(`/api/v1/audit/events?case=${life.reference}&limit=2`), 200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toEqual({
      seq: expect.any(String),
      occurredAt: expect.any(String),
      actorType: 'reporter',
      actorId: null,
      action: 'case.created',
      caseReference: life.reference,
      detail: expect.objectContaining({ routedTo: 'general_counsel', anonymous: false }),
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const next = await ok(
      as(cfo).get(
        `/api/v1/audit/events?case=${life.reference}&limit=2&cursor=${first.body.nextCursor}`,
      ),
      200,
    );
    expect(BigInt(next.body.items[0].seq)).toBeGreaterThan(BigInt(first.body.items[1].seq));
    for (const bad of ['limit=0', 'limit=500', 'cursor=abc', 'cursor=-1']) {
      expect((await as(cfo).get(`/api/v1/audit/events?case=${life.reference}&${bad}`)).status).toBe(
        400,
      );
    }
    expect((await as(cfo).get('/api/v1/audit/events')).status).toBe(400);
    expect((await as(cfo).get('/api/v1/audit/events?case=CND-2026-999999')).status).toBe(404);
    const viewed = await sut.db.query(
      `SELECT actor_id::text AS actor_id FROM audit_log WHERE action = 'audit.events_viewed' AND case_reference = $1`,
      [life.reference],
    );
    expect(viewed).toContainEqual({ actor_id: cfo.id });
  });
});
