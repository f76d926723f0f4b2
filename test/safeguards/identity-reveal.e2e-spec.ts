import request from 'supertest';
import { IdentityRevealService } from '@candor/domain';
import { must } from '@candor/platform';
import { rowCounts } from '../support/counts.js';
import { anonymousReport, namedReport } from '../support/factories.js';
import { bearer, createStaff, TestStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { auditOf, report, ReportedCase, reporterToken } from './case-fixtures.js';

const JUSTIFICATION =
  'We need to interview the reporter about the offsite invitation list, which only they saw.';

describe(IdentityRevealService.name, () => {
  let sut: TestApp;
  let counsel: TestStaff;
  let committee: TestStaff;
  let investigator: TestStaff;
  let named: ReportedCase;

  const http = () => request(sut.app.getHttpServer());
  const reveal = (staff: TestStaff, reference: string, justification: unknown = JUSTIFICATION) =>
    http()
      .post(`/api/v1/cases/${reference}/identity-reveal`)
      .set(...bearer(staff))
      .send({ justification });

  beforeAll(async () => {
    sut = await startTestApp();
    counsel = await createStaff(sut, 'general_counsel');
    committee = await createStaff(sut, 'audit_committee', { chair: true });
    investigator = await createStaff(sut, 'investigator');
    named = await report(
      sut,
      namedReport({
        reporter: {
          name: 'Dana Whitfield',
          email: 'dana.whitfield@example.com',
          phone: '+1 555 0100',
        },
      }),
    );
  });
  afterAll(() => sut.close());

  it("tells the reporter in their inbox first, then returns the identity to the case's handler", async () => {
    const res = await reveal(counsel, named.reference);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      name: 'Dana Whitfield',
      email: 'dana.whitfield@example.com',
      phone: '+1 555 0100',
    });

    const [noticeRow] = await sut.db.query<{
      id: string;
      created_at: Date;
      sender: string;
      staff_id: string;
    }>(
      `SELECT id, created_at, sender, staff_id::text AS staff_id FROM case_messages WHERE case_id = $1 AND kind = 'identity_notice'`,
      [named.id],
    );
    const notice = must(noticeRow, 'the identity notice');
    expect(notice).toMatchObject({ sender: 'handler', staff_id: counsel.id });
    const revealed = (await auditOf(sut, named.reference)).find(
      (e) => e.action === 'identity.revealed',
    );
    expect(revealed).toMatchObject({
      actor_type: 'staff',
      actor_id: counsel.id,
      detail: { messageId: notice.id, fields: ['name', 'email', 'phone'] },
    });
    expect(notice.created_at.getTime()).toBeLessThanOrEqual(revealed!.occurred_at.getTime());
    // The log says that it happened and to what, never who the reporter is or why. (The phone
    // number as a whole: "555" alone turns up in random UUIDs, the message id's among them.)
    expect(JSON.stringify(revealed)).not.toMatch(
      /Dana|Whitfield|dana\.whitfield|555 0100|5550100|offsite/,
    );

    const token = await reporterToken(sut, named.receipt);
    const inbox = await http().get('/api/v1/reporter/case').set('authorization', `Bearer ${token}`);
    expect(inbox.status).toBe(200);
    const message = (inbox.body.messages as Array<{ from: string; body: string; at: string }>).find(
      (m) => m.body.startsWith('Your identity is being disclosed'),
    );
    expect(message).toMatchObject({ from: 'handler' });
    expect(message!.body).toContain('the General Counsel');
    expect(message!.body).toContain(JUSTIFICATION);
    expect(Date.parse(message!.at)).toBeLessThanOrEqual(revealed!.occurred_at.getTime());

    const events = await sut.db.query<{ event: string; payload: Record<string, unknown> }>(
      `SELECT event, payload FROM outbox WHERE case_id = $1 AND event = 'case.identity_revealed'`,
      [named.id],
    );
    expect(events).toEqual([
      {
        event: 'case.identity_revealed',
        payload: { revealedBy: counsel.id, messageId: notice.id },
      },
    ]);
  });

  it.each([
    ['an empty justification', ''],
    ['blank space', '                         '],
    ['a few words', 'need to know'],
    ['one long word', 'interview-required-immediately-please'],
  ])('refuses %s with 400 and writes nothing', async (_case, justification) => {
    const before = await rowCounts(sut.db);
    const res = await reveal(counsel, named.reference, justification);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(/justification must be at least a sentence/),
    });
    expect(await rowCounts(sut.db)).toEqual(before);
  });

  it('refuses a missing justification and unknown fields with 400', async () => {
    const missing = await http()
      .post(`/api/v1/cases/${named.reference}/identity-reveal`)
      .set(...bearer(counsel))
      .send({});
    expect(missing.status).toBe(400);
    const extra = await http()
      .post(`/api/v1/cases/${named.reference}/identity-reveal`)
      .set(...bearer(counsel))
      .send({ justification: JUSTIFICATION, notify: false });
    expect(extra.status).toBe(400);
  });

  it('answers 404 to whoever may not see the case, or may see it but not reveal, and writes nothing', async () => {
    const hr = await createStaff(sut, 'hr');
    const assigned = await http()
      .post(`/api/v1/cases/${named.reference}/assignments`)
      .set(...bearer(counsel))
      .send({ userId: investigator.id });
    expect(assigned.status).toBe(201);
    const before = await rowCounts(sut.db);
    for (const staff of [committee, hr, investigator]) {
      const res = await reveal(staff, named.reference);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'case not found' });
      // Even an empty justification is not judged for someone who may not see the case.
      expect((await reveal(staff, named.reference, '')).status).toBe(404);
    }
    expect((await reveal(counsel, 'CND-2020-000001')).status).toBe(404);
    expect(await rowCounts(sut.db)).toEqual(before);
  });

  it('answers 409 for an anonymous case: there is nobody to reveal', async () => {
    const anonymous = await report(
      sut,
      anonymousReport({ concernType: 'insider_trading', implicated: [] }),
    );
    const res = await reveal(counsel, anonymous.reference);
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('this case has no reporter identity to reveal');
    const messages = await sut.db.query(`SELECT 1 FROM case_messages WHERE case_id = $1`, [
      anonymous.id,
    ]);
    expect(messages).toEqual([]);
  });
});
