import request from 'supertest';
import { must } from '@candor/platform';
import { anonymousReport, namedReport } from '../support/factories.js';
import { createStaff, type TestStaff } from '../support/staff.js';
import { type ConsoleSession, consoleSignIn } from '../support/staff-console.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

function csrfOf(html: string): string {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
}

async function auditActions(sut: TestApp, reference: string): Promise<string[]> {
  const rows = await sut.db.query<{ action: string }>(
    `SELECT action FROM audit_log WHERE case_reference = $1 ORDER BY seq`,
    [reference],
  );
  return rows.map((row) => row.action);
}

/** The error summary's messages, in order, as a person reads them at the top of the page. */
function summaryOf(html: string): string[] {
  const summary = /<div class="error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return [...summary.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map(
    ([, id, text]) => `${id}: ${text}`,
  );
}

/**
 * What was written on a case: its status, the rows of its record and its audit entries besides
 * reads (showing the page again with its errors reads the case, and that read is audited).
 */
async function written(sut: TestApp, reference: string): Promise<unknown[]> {
  const [counts] = await sut.db.query<Record<string, string>>(
    `SELECT c.status, c.dismissal_reason,
       (SELECT count(*) FROM case_notes n WHERE n.case_id = c.id) AS notes,
       (SELECT count(*) FROM case_messages m WHERE m.case_id = c.id) AS messages,
       (SELECT count(*) FROM case_parties p WHERE p.case_id = c.id) AS parties,
       (SELECT count(*) FROM case_outcomes o WHERE o.case_id = c.id) AS outcomes,
       (SELECT count(*) FROM case_actions a WHERE a.case_id = c.id) AS actions,
       (SELECT count(*) FROM legal_holds h WHERE h.case_id = c.id) AS holds
     FROM cases c WHERE c.reference = $1`,
    [reference],
  );
  const reads = ['case.viewed', 'case.protected_people_viewed'];
  return [counts, (await auditActions(sut, reference)).filter((a) => !reads.includes(a))];
}

/**
 * The case page's forms over HTTP, signed in through the console: every action answers 303 back
 * to the case (or 4xx with the page and its error, nothing written), a case the viewer may not see
 * is the same 404 page as none at all, and a form without this session's token does nothing.
 */
describe('the case page forms', () => {
  let sut: TestApp;
  let gc: TestStaff;
  let inv: TestStaff;
  /** Signed in once: a TOTP code is accepted once, and the next steps are outside the window. */
  let session: ConsoleSession;
  beforeAll(async () => {
    sut = await startTestApp();
    gc = await createStaff(sut, 'general_counsel');
    inv = await createStaff(sut, 'investigator');
    session = await consoleSignIn(sut, gc);
  });
  afterAll(() => sut.close());
  const http = () => request(sut.app.getHttpServer());

  it('takes every action as a form, refusing bad input with the page and its error', async () => {
    const created = await http().post('/api/v1/intake/reports').send(namedReport());
    const ref = (created.body as { reference: string }).reference;
    const page = await http().get(`/staff/cases/${ref}`).set('Cookie', session.cookie);
    expect(page.status).toBe(200);
    const cookie = session.cookie;
    const csrf = csrfOf(page.text);
    const post = (path: string, form: Record<string, string>) =>
      http()
        .post(`/staff/cases/${ref}${path}`)
        .set('Cookie', cookie)
        .type('form')
        .send({ _csrf: csrf, ...form });
    let r = await post('/transitions', { to: 'acknowledged' });
    expect([r.status, r.headers.location]).toEqual([
      303,
      `/staff/cases/${ref}?done=acknowledged#status`,
    ]);
    r = await post('/transitions', { to: 'triage' });
    expect(r.status).toBe(303);
    r = await post('/transitions', { to: 'dismissed' });
    expect(r.status).toBe(400);
    expect(r.text).toContain('Select why the case is dismissed');
    r = await post('/assignments', { userId: inv.id });
    expect(r.status).toBe(303);
    r = await post('/notes', { body: '' });
    expect(r.status).toBe(400);
    r = await post('/notes', { body: 'Spoke to finance.', kind: 'interview' });
    expect(r.status).toBe(303);
    r = await post('/messages', { body: 'Thank you, we are looking into it.' });
    expect(r.status).toBe(303);
    r = await post('/transitions', { to: 'investigating' });
    expect(r.status).toBe(303);
    r = await post('/outcome', { finding: 'substantiated', summary: 'It happened.' });
    expect(r.status).toBe(303);
    r = await post('/actions', { kind: 'disciplinary', measure: 'training' });
    expect(r.status).toBe(400);
    r = await post('/actions', {
      kind: 'disciplinary',
      measure: 'written_reprimand',
      subject: 'Sam Ortega',
    });
    expect(r.status).toBe(303);
    r = await post('/protected-people', { name: 'Lee Park', email: 'lee@example.com' });
    expect(r.status).toBe(303);
    r = await post('/legal-hold', { matter: 'EEOC charge 123' });
    expect(r.status).toBe(303);
    r = await post('/legal-hold', { matter: 'again' });
    expect(r.status).toBe(409);
    r = await post('/legal-hold/release', { releaseNote: '' });
    expect(r.status).toBe(400);
    r = await post('/legal-hold/release', { releaseNote: 'Charge withdrawn.' });
    expect(r.status).toBe(303);
    r = await post('/identity/check', { justification: 'short' });
    expect(r.status).toBe(400);
    r = await post('/identity/check', {
      justification: 'We need to interview the reporter in person about the offsite.',
    });
    expect(r.status).toBe(200);
    expect(r.text).toContain('Your identity is being disclosed');
    r = await post('/identity', {
      justification: 'We need to interview the reporter in person about the offsite.',
    });
    expect(r.status).toBe(200);
    expect(r.text).toContain('Dana Whitfield');
    r = await post('/implicated', { name: 'Chris Exec', role: 'executive_officer' });
    expect([r.status, r.headers.location]).toEqual([303, '/staff?notice=rerouted']);
    const gone = await http().get(`/staff/cases/${ref}`).set('Cookie', session.cookie);
    expect(gone.status).toBe(404);

    const other = await http()
      .post('/api/v1/intake/reports')
      .send(anonymousReport({ concernType: 'gifts_entertainment' }));
    const ref2 = (other.body as { reference: string }).reference;
    const p2 = await http().get(`/staff/cases/${ref2}`).set('Cookie', session.cookie);
    expect(p2.status).toBe(200);
    const audit = await http().get(`/staff/cases/${ref2}/audit`).set('Cookie', session.cookie);
    expect(audit.status).toBe(200);
    expect(audit.text).toContain('Case read');
    const bad = await http()
      .get(`/staff/cases/${ref2}/audit?cursor=x`)
      .set('Cookie', session.cookie);
    expect(bad.status).toBe(400);
  });

  it('refuses each form the JSON route’s DTO refuses with 400, the page and its error summary, writing nothing', async () => {
    const created = await http()
      .post('/api/v1/intake/reports')
      .send(anonymousReport({ concernType: 'gifts_entertainment' }));
    const ref = (created.body as { reference: string }).reference;
    const page = await http().get(`/staff/cases/${ref}`).set('Cookie', session.cookie);
    const csrf = csrfOf(page.text);
    const post = (path: string, form: Record<string, string>) =>
      http()
        .post(`/staff/cases/${ref}${path}`)
        .set('Cookie', session.cookie)
        .type('form')
        .send({ _csrf: csrf, ...form });
    expect((await post('/transitions', { to: 'acknowledged' })).status).toBe(303);
    expect((await post('/transitions', { to: 'triage' })).status).toBe(303);
    expect((await post('/assignments', { userId: inv.id })).status).toBe(303);
    const before = await written(sut, ref);
    const refusals: Array<[string, Record<string, string>, string[]]> = [
      [
        '/notes',
        { body: 'x'.repeat(20_001), kind: 'note' },
        ['note-body: The note must be 20,000 characters or fewer'],
      ],
      [
        '/notes',
        { body: 'Spoke to finance.', kind: 'gossip' },
        ['note-kind: Select whether this is a note or an interview record'],
      ],
      [
        '/messages',
        { body: 'x'.repeat(10_001) },
        ['message-body: The message must be 10,000 characters or fewer'],
      ],
      [
        '/transitions',
        { to: 'dismissed', dismissalReason: 'too_busy' },
        ['dismissal-reason: Select why the case is dismissed'],
      ],
      [
        '/implicated',
        { name: ' ', role: 'emperor' },
        ['implicated-name: Enter the person’s name', 'implicated-role: Select the person’s role'],
      ],
      [
        '/implicated',
        { name: 'x'.repeat(201), role: 'finance' },
        ['implicated-name: The name must be 200 characters or fewer'],
      ],
      ['/assignments', { userId: 'someone' }, ['assign-user: Select an investigator']],
      [
        '/legal-hold',
        { matter: 'x'.repeat(201) },
        ['hold-matter: The matter must be 200 characters or fewer'],
      ],
      ['/legal-hold', { matter: '' }, ['hold-matter: Enter the legal matter']],
      [
        '/protected-people',
        { name: '', email: 'lee@example.com' },
        ['protected-name: Enter the person’s name'],
      ],
      [
        '/actions',
        { kind: 'corrective', measure: 'control_fix', owner: 'Controller', dueDate: 'soon' },
        ['action-due: Enter the due date as YYYY-MM-DD, for example 2027-03-31'],
      ],
    ];
    for (const [path, form, summary] of refusals) {
      const r = await post(path, form);
      expect([path, r.status, summaryOf(r.text)]).toEqual([path, 400, summary]);
      expect(r.text).toContain('There is a problem');
    }
    // What was typed is kept.
    const kept = await post('/notes', { body: `${'x'.repeat(20_001)}`, kind: 'interview' });
    expect(kept.text).toContain('value="interview" checked');
    // A form field the page never offers (a hidden one) holds what no form of ours sends.
    const forged = await post('/transitions', { to: 'sideways' });
    expect(forged.status).toBe(400);
    expect(summaryOf(forged.text)).toEqual([]);
    // Reopening needs a reason the DTO limits: here the case may not be reopened at all.
    const reopen = await post('/transitions', { to: 'reopened', reason: 'x'.repeat(2001) });
    expect([reopen.status, summaryOf(reopen.text)]).toEqual([
      400,
      ['reopen-reason: The reason must be 2,000 characters or fewer'],
    ]);
    const approval = await post('/approvals/outcome/not-an-id', {});
    expect(approval.status).toBe(404);
    // An investigator's recommendation is a finding kept as a note: the heading counts too.
    const investigator = await consoleSignIn(sut, inv);
    const invPage = await http().get(`/staff/cases/${ref}`).set('Cookie', investigator.cookie);
    const recommend = (form: Record<string, string>) =>
      http()
        .post(`/staff/cases/${ref}/recommendation`)
        .set('Cookie', investigator.cookie)
        .type('form')
        .send({ _csrf: csrfOf(invPage.text), ...form });
    const noFinding = await recommend({ finding: 'guilty', summary: '' });
    expect([noFinding.status, summaryOf(noFinding.text)]).toEqual([
      400,
      [
        'recommendation-finding: Select a finding',
        'recommendation-summary: Enter a summary of the finding',
      ],
    ]);
    const long = await recommend({ finding: 'substantiated', summary: 'x'.repeat(19_990) });
    expect(long.status).toBe(400);
    expect(summaryOf(long.text)).toEqual([
      expect.stringMatching(
        /^recommendation-summary: The summary must be 19,9\d\d characters or fewer$/,
      ),
    ]);
    expect(await written(sut, ref)).toEqual(before);
  });

  it('answers a case one may not see with the same 404 page as a missing one, and audits reads', async () => {
    const created = await http().post('/api/v1/intake/reports').send(anonymousReport());
    const ref = (created.body as { reference: string }).reference;
    const hidden = await http().get(`/staff/cases/${ref}`).set('Cookie', session.cookie);
    const missing = await http().get('/staff/cases/CND-2099-999999').set('Cookie', session.cookie);
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    const strip = (html: string) =>
      html
        .replace(/value="[^"]*"/g, '')
        .replace(ref, '')
        .replace('CND-2099-999999', '');
    expect(strip(hidden.text)).toBe(strip(missing.text));
    expect(await auditActions(sut, ref)).not.toContain('case.viewed');
    const files = await http()
      .get(`/staff/cases/${ref}/files/00000000-0000-4000-8000-000000000000`)
      .set('Cookie', session.cookie);
    expect(files.status).toBe(404);
    const malformed = await http()
      .get(`/staff/cases/${ref}/files/not-a-file-id`)
      .set('Cookie', session.cookie);
    expect(malformed.status).toBe(404);
  });

  it('refuses a form without this session’s token, writing nothing', async () => {
    const created = await http()
      .post('/api/v1/intake/reports')
      .send(anonymousReport({ concernType: 'gifts_entertainment' }));
    const ref = (created.body as { reference: string }).reference;
    const page = await http().get(`/staff/cases/${ref}`).set('Cookie', session.cookie);
    expect(page.text).toContain('Acknowledge the case');
    const before = await auditActions(sut, ref);
    const forged = await http()
      .post(`/staff/cases/${ref}/transitions`)
      .set('Cookie', session.cookie)
      .type('form')
      .send({ _csrf: 'forged', to: 'acknowledged' });
    expect(forged.status).toBe(400);
    expect(forged.headers['content-type']).toContain('text/html');
    expect(await auditActions(sut, ref)).toEqual(before);
    const [row] = await sut.db.query<{ status: string }>(
      `SELECT status FROM cases WHERE reference = $1`,
      [ref],
    );
    expect(must(row, 'the case').status).toBe('received');
  });
});
