import request from 'supertest';
import { must } from '@candor/platform';
import { rowCounts } from '../support/counts.js';
import { anonymousReport, namedReport } from '../support/factories.js';
import { startTestApp, TestApp } from '../support/test-app.js';

const RECEIPT_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$/;

describe('POST /api/v1/intake/reports', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  const http = () => request(sut.app.getHttpServer());
  const submit = (body: Record<string, unknown>) =>
    http().post('/api/v1/intake/reports').send(body);

  it('lists the 17 concern types with their Code section and route', async () => {
    const res = await http().get('/api/v1/intake/concern-types');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(17);
    expect(res.body).toContainEqual(
      expect.objectContaining({
        code: 'accounting',
        codeSection: 'Financial Reporting',
        route: 'audit_committee',
      }),
    );
    expect(res.body).toContainEqual(
      expect.objectContaining({ code: 'insider_trading', route: 'general_counsel' }),
    );
  });

  it('routes an anonymous accounting report to audit_committee and answers with reference, receipt and due date', async () => {
    const before = Date.now();
    const res = await submit(anonymousReport());
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual([
      'acknowledgeBy',
      'receipt',
      'reference',
      'routedTo',
    ]);
    expect(res.body.routedTo).toBe('audit_committee');
    expect(res.body.reference).toMatch(/^CND-\d{4}-\d{6}$/);
    expect(res.body.receipt).toMatch(RECEIPT_FORMAT);
    const due = Date.parse(res.body.acknowledgeBy) - before;
    expect(due).toBeGreaterThanOrEqual(7 * 24 * 3600 * 1000 - 1000);
    expect(due).toBeLessThan(7 * 24 * 3600 * 1000 + 60_000);

    const [row] = await sut.db.query(
      `SELECT c.anonymous, c.channel, r.rule_id, r.explanation, r.policy_version
         FROM cases c JOIN case_routings r ON r.case_id = c.id WHERE c.reference = $1`,
      [res.body.reference],
    );
    const stored = must(row, 'the routed case');
    expect(stored).toMatchObject({
      anonymous: true,
      channel: 'web',
      rule_id: 'audit-committee-financial-reporting',
    });
    expect(stored.explanation).toMatch(/Audit Committee/);
    expect(stored.policy_version).toBe('2026-11.1');
    expect(
      await sut.db.query(
        `SELECT 1 FROM case_reporters r JOIN cases c ON c.id = r.case_id WHERE c.reference = $1`,
        [res.body.reference],
      ),
    ).toHaveLength(0);
  });

  it('routes a named harassment report to general_counsel and stores text and identity only encrypted', async () => {
    const body = namedReport();
    const res = await submit(body);
    expect(res.status).toBe(201);
    expect(res.body.routedTo).toBe('general_counsel');
    expect(JSON.stringify(res.body)).not.toContain('Dana');

    const [caseRow] = await sut.db.query<{
      id: string;
      title_enc: Buffer;
      description_enc: Buffer;
    }>(`SELECT id, title_enc, description_enc FROM cases WHERE reference = $1`, [
      res.body.reference,
    ]);
    const row = must(caseRow, 'the case');
    const [reporter] = await sut.db.query<{ name_enc: Buffer; email_enc: Buffer }>(
      `SELECT name_enc, email_enc FROM case_reporters WHERE case_id = $1`,
      [row.id],
    );
    const identity = must(reporter, 'the reporter');
    const raw = Buffer.concat([
      row.title_enc,
      row.description_enc,
      identity.name_enc,
      identity.email_enc,
    ]).toString('latin1');
    for (const plaintext of [
      'manager makes remarks',
      'Repeated comments',
      'Dana Whitfield',
      'dana.whitfield@example.com',
    ]) {
      expect(raw).not.toContain(plaintext);
    }
    const parties = await sut.db.query<{ name_enc: Buffer; contact_enc: Buffer | null }>(
      `SELECT name_enc, contact_enc FROM case_parties WHERE case_id = $1`,
      [row.id],
    );
    expect(parties).toHaveLength(2);
    expect(
      Buffer.concat(
        parties.flatMap((p) => [p.name_enc, p.contact_enc ?? Buffer.alloc(0)]),
      ).toString('latin1'),
    ).not.toMatch(/Sam Ortega|Lee Park/);
  });

  it.each([
    [
      'the general_counsel is implicated',
      { concernType: 'discrimination_harassment', implicated: [{ role: 'general_counsel' }] },
      'audit_committee',
    ],
    [
      'someone in legal is implicated',
      { concernType: 'gifts_entertainment', implicated: [{ name: 'A. Counsel', role: 'legal' }] },
      'audit_committee',
    ],
    [
      'an executive_officer is implicated',
      { concernType: 'insider_trading', implicated: [{ role: 'executive_officer' }] },
      'board',
    ],
    [
      'a director is implicated in an accounting matter',
      { concernType: 'accounting', implicated: [{ role: 'director' }] },
      'board',
    ],
    [
      'only employees are implicated in bribery',
      { concernType: 'improper_payments', implicated: [{ role: 'employee' }] },
      'general_counsel',
    ],
  ])('routes a report to the right body when %s', async (_when, overrides, routedTo) => {
    const res = await submit(anonymousReport(overrides));
    expect(res.status).toBe(201);
    expect(res.body.routedTo).toBe(routedTo);
  });

  it('records which body handles a Board case (the designated committee)', async () => {
    const res = await submit(anonymousReport({ implicated: [{ role: 'director' }] }));
    const [row] = await sut.db.query(
      `SELECT routed_to, handled_by FROM cases WHERE reference = $1`,
      [res.body.reference],
    );
    expect(row).toEqual({ routed_to: 'board', handled_by: 'audit_committee' });
  });

  it('records a named reporter’s opt-in to news by email, and refuses it without an email address', async () => {
    const res = await submit(
      namedReport({
        reporter: { name: 'Dana Whitfield', email: 'dana@example.com', notifyByEmail: true },
      }),
    );
    expect(res.status).toBe(201);
    const [row] = await sut.db.query(
      `SELECT r.news_opt_in FROM case_reporters r JOIN cases c ON c.id = r.case_id WHERE c.reference = $1`,
      [res.body.reference],
    );
    expect(must(row, 'the reporter').news_opt_in).toBe(true);
    const refused = await submit(
      namedReport({
        reporter: { name: 'Dana Whitfield', phone: '+1 555 0100', notifyByEmail: true },
      }),
    );
    expect(refused.status).toBe(400);
    expect([refused.body.message].flat().join()).toMatch(/notifyByEmail needs an email address/);
  });

  it('writes the case, its routing, an audit entry and a notification event together', async () => {
    const res = await submit(anonymousReport());
    const [audit] = await sut.db.query(
      `SELECT actor_type, actor_id, action, detail FROM audit_log WHERE case_reference = $1`,
      [res.body.reference],
    );
    expect(audit).toMatchObject({ actor_type: 'reporter', actor_id: null, action: 'case.created' });
    expect(JSON.stringify(must(audit, 'the audit entry').detail)).not.toMatch(/revenue|warehouse/);
    const outbox = await sut.db.query(
      `SELECT o.event, o.payload FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.reference = $1`,
      [res.body.reference],
    );
    expect(outbox).toEqual([{ event: 'case.created', payload: {} }]);
  });

  it('accepts 200 concurrent anonymous reports, each with its own reference and receipt', async () => {
    const before = await rowCounts(sut.db);
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        submit(anonymousReport({ title: `Concurrent report ${i}` })),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const bodies = responses.map((r) => r.body as { reference: string; receipt: string });
    expect(new Set(bodies.map((b) => b.reference)).size).toBe(200);
    expect(new Set(bodies.map((b) => b.receipt)).size).toBe(200);
    const after = await rowCounts(sut.db);
    expect(after.cases - before.cases).toBe(200);
    expect(after.audit_log - before.audit_log).toBe(200);
  });
});
