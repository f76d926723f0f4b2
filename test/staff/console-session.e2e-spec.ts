import request from 'supertest';
import { must } from '@candor/platform';
import { runToEnd } from '../support/processes.js';
import { anonymousReport } from '../support/factories.js';
import { bearer, createStaff, sessionsChangedBehindTheApp, totpCode } from '../support/staff.js';
import { consoleSignIn, cookieHeader, cookiesOf, csrfOf } from '../support/staff-console.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The console's browser session over HTTP: sign-in, the guard, expiry, sign-out and CSRF. */
describe('the staff console session', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  const http = () => request(sut.app.getHttpServer());

  async function sessionIdOf(staffId: string): Promise<string> {
    const [row] = await sut.db.query<{ id: string }>(
      `SELECT id FROM staff_sessions WHERE staff_id = $1 AND kind = 'browser' ORDER BY created_at DESC LIMIT 1`,
      [staffId],
    );
    return must(row, `a browser session of ${staffId}`).id;
  }

  it('sends a signed-out visitor to sign-in, and back to the page asked for (same site only)', async () => {
    const home = await http().get('/staff');
    expect(home.status).toBe(303);
    expect(home.headers.location).toBe('/staff/sign-in');

    const deep = await http().get('/staff?status=triage&overdue=true');
    expect(deep.status).toBe(303);
    expect(deep.headers.location).toBe(
      `/staff/sign-in?next=${encodeURIComponent('/staff?status=triage&overdue=true')}`,
    );

    // The link in staff emails leads to the case page, through sign-in.
    const link = await http().get('/cases/CND-2026-ABCDEF');
    expect(link.status).toBe(303);
    expect(link.headers.location).toBe('/staff/cases/CND-2026-ABCDEF');

    const signIn = await http().get(must(deep.headers.location, 'a redirect'));
    expect(signIn.status).toBe(200);
    expect(signIn.text).toContain('Sign in to continue.');
    expect(signIn.text).toContain('name="next" value="/staff?status=triage&amp;overdue=true"');

    // A `next` that would leave the site is dropped.
    for (const next of ['//evil.example/staff', 'https://evil.example/', '/staff/../api', '/x']) {
      const res = await http().get(`/staff/sign-in?next=${encodeURIComponent(next)}`);
      expect(res.text).not.toContain('name="next"');
    }
  });

  it('signs in with email, password and code on one form, with one generic error', async () => {
    const staff = await createStaff(sut, 'general_counsel', { name: 'Grace Counsel' });
    const form = await http().get('/staff/sign-in');
    const cookies = cookiesOf(form);
    expect(Object.keys(cookies)).toEqual(['candor-csrf']);
    const post = async (fields: Record<string, string>) =>
      http()
        .post('/staff/sign-in')
        .set('cookie', cookieHeader(cookies))
        .type('form')
        .send({ _csrf: csrfOf(form.text), ...fields });

    const wrongCode = await post({ email: staff.email, password: staff.password, otp: '000000' });
    expect(wrongCode.status).toBe(401);
    expect(wrongCode.text).toContain('The email address, password or code is not right.');
    const unknown = await post({
      email: 'nobody@candor.example',
      password: staff.password,
      otp: '123456',
    });
    expect(unknown.status).toBe(401);
    expect(unknown.text).toContain('The email address, password or code is not right.');
    const missing = await post({ email: staff.email, password: '', otp: '' });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('The email address, password or code is not right.');

    const ok = await post({
      email: staff.email,
      password: staff.password,
      otp: await totpCode(staff.totpSecret, 1),
      next: '/staff?status=triage',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.location).toBe('/staff?status=triage');
    const setCookie = String(ok.headers['set-cookie']);
    expect(setCookie).toContain('candor-staff=');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).not.toMatch(/Expires|Max-Age/i);

    const queue = await http()
      .get('/staff')
      .set('cookie', `candor-staff=${cookiesOf(ok)['candor-staff']}`);
    expect(queue.status).toBe(200);
    expect(queue.headers['cache-control']).toBe('no-store');
    expect(queue.text).toContain('Signed in as Grace Counsel (General Counsel)');
    expect(queue.text).toContain('Sign out');
  });

  it("refuses a sign-out form without this session's CSRF token, then signs out at once", async () => {
    const staff = await createStaff(sut, 'cfo');
    const session = await consoleSignIn(sut, staff);
    const other = await consoleSignIn(sut, await createStaff(sut, 'cfo'));
    const otherToken = csrfOf((await http().get('/staff').set('cookie', other.cookie)).text);
    const page = await http().get('/staff').set('cookie', session.cookie);
    const token = csrfOf(page.text);
    expect(token).not.toBe('');
    expect(token).not.toBe(otherToken);

    // A cross-site form: no token, or another session's token.
    for (const body of [{}, { _csrf: otherToken }, { _csrf: 'x'.repeat(43) }]) {
      const forged = await http()
        .post('/staff/sign-out')
        .set('cookie', session.cookie)
        .type('form')
        .send(body);
      expect(forged.status).toBe(400);
      expect(forged.text).toContain('Sorry, there is a problem with this page');
    }
    expect((await http().get('/staff').set('cookie', session.cookie)).status).toBe(200);

    const out = await http()
      .post('/staff/sign-out')
      .set('cookie', session.cookie)
      .type('form')
      .send({ _csrf: token });
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe('/staff/sign-in?signed-out=1');
    expect(String(out.headers['set-cookie'])).toContain('candor-staff=;');

    const after = await http().get('/staff').set('cookie', session.cookie);
    expect(after.status).toBe(303);
    expect(after.headers.location).toBe('/staff/sign-in?expired=1');
    const notice = await http().get('/staff/sign-in?signed-out=1');
    expect(notice.text).toContain('You have signed out.');
  });

  it('ends a session after 30 idle minutes and after 8 hours, however active', async () => {
    const staff = await createStaff(sut, 'audit_committee');
    const idle = await consoleSignIn(sut, staff, 1);
    const idleId = await sessionIdOf(staff.id);
    await sut.db.query(
      `UPDATE staff_sessions SET last_seen_at = now() - interval '29 minutes' WHERE id = $1`,
      [idleId],
    );
    await sessionsChangedBehindTheApp(sut);
    expect((await http().get('/staff').set('cookie', idle.cookie)).status).toBe(200);
    await sut.db.query(
      `UPDATE staff_sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`,
      [idleId],
    );
    await sessionsChangedBehindTheApp(sut);
    const idleEnded = await http().get('/staff').set('cookie', idle.cookie);
    expect(idleEnded.status).toBe(303);
    expect(idleEnded.headers.location).toBe('/staff/sign-in?expired=1');
    const told = await http().get(must(idleEnded.headers.location, 'a redirect'));
    expect(told.text).toContain('Your session has ended. Sign in again to continue.');

    // Another person: a TOTP code is accepted once, and the next one is 30 seconds away.
    const other = await createStaff(sut, 'audit_committee');
    const long = await consoleSignIn(sut, other, 1);
    const longId = await sessionIdOf(other.id);
    await sut.db.query(
      `UPDATE staff_sessions SET created_at = now() - interval '8 hours', expires_at = now() - interval '1 second' WHERE id = $1`,
      [longId],
    );
    await sessionsChangedBehindTheApp(sut);
    const longEnded = await http().get('/staff').set('cookie', long.cookie);
    expect(longEnded.status).toBe(303);
    expect(longEnded.headers.location).toBe('/staff/sign-in?expired=1');
  });

  it('ends the session of an account disabled while signed in', async () => {
    const staff = await createStaff(sut, 'board');
    const session = await consoleSignIn(sut, staff);
    expect((await http().get('/staff').set('cookie', session.cookie)).status).toBe(200);
    const disabled = await runToEnd('cli', ['staff:disable', '--email', staff.email], sut.env);
    expect(disabled.code).toBe(0);
    const after = await http().get('/staff').set('cookie', session.cookie);
    expect(after.status).toBe(303);
    expect(after.headers.location).toBe('/staff/sign-in?expired=1');
  });

  it('sends HR and administrators, who see no case, to their own area', async () => {
    const hr = await consoleSignIn(sut, await createStaff(sut, 'hr'));
    const res = await http().get('/staff').set('cookie', hr.cookie);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/staff/retaliation/checks');
  });

  it('counts a case in the queue until its viewer is implicated in it, then at once no more', async () => {
    const gc = await createStaff(sut, 'general_counsel');
    const cfo = await createStaff(sut, 'cfo', { name: 'Marta Quill' });
    const filed = await http()
      .post('/api/v1/intake/reports')
      .send(anonymousReport({ concernType: 'company_assets', implicated: [{ role: 'employee' }] }));
    expect(filed.status).toBe(201);
    const reference = (filed.body as { reference: string }).reference;
    const session = await consoleSignIn(sut, cfo);
    const received = async () => {
      const page = await http().get('/staff').set('cookie', session.cookie);
      expect(page.status).toBe(200);
      const count = /<span class="counts__number">(\d+)<\/span>Received</.exec(page.text)?.[1];
      return { count: Number(count), listed: page.text.includes(reference) };
    };
    const before = await received();
    expect(before.listed).toBe(true);
    expect(before.count).toBeGreaterThanOrEqual(1);
    // Seen twice with nothing changed: the kept counts.
    expect(await received()).toEqual(before);

    const implicated = await http()
      .post(`/api/v1/cases/${reference}/implicated`)
      .set(...bearer(gc))
      .send({ name: 'Marta Quill', role: 'cfo', staffId: cfo.id });
    expect(implicated.status).toBeLessThan(300);
    expect(await received()).toEqual({ count: before.count - 1, listed: false });
  });
});
