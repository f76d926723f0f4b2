import request from 'supertest';
import {
  BROWSER_SESSION_ABSOLUTE_SECONDS,
  DomainError,
  StaffAccountsService,
  StaffSessionService,
  SYSTEM,
} from '@candor/domain';
import { must } from '@candor/platform';
import { runToEnd } from '../support/processes.js';
import { bearer, createStaff, sessionsChangedBehindTheApp, totpCode } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

describe(StaffSessionService.name, () => {
  let app: TestApp;
  let sut: StaffSessionService;

  beforeAll(async () => {
    app = await startTestApp();
    sut = app.app.get(StaffSessionService);
  });
  afterAll(() => app.close());

  const http = () => request(app.app.getHttpServer());

  /** Moves a session's clock back: as if its last request, or its sign-in, was that long ago. */
  async function age(
    sessionId: string,
    { idle = 0, since = 0 }: { idle?: number; since?: number },
  ): Promise<void> {
    await app.db.query(
      `UPDATE staff_sessions
          SET last_seen_at = last_seen_at - make_interval(secs => $2),
              created_at = created_at - make_interval(secs => $3),
              expires_at = expires_at - make_interval(secs => $3)
        WHERE id = $1`,
      [sessionId, idle, since],
    );
    await sessionsChangedBehindTheApp(app);
  }

  async function lastSeen(sessionId: string): Promise<Date> {
    const [row] = await app.db.query<{ last_seen_at: Date }>(
      `SELECT last_seen_at FROM staff_sessions WHERE id = $1`,
      [sessionId],
    );
    return must(row, `session ${sessionId}`).last_seen_at;
  }

  it('signs in with the JSON API checks, and the cookie works until sign-out ends it at once', async () => {
    const staff = await createStaff(app, 'general_counsel');
    const wrong = sut.signIn({
      email: staff.email,
      password: staff.password,
      otp: '000000',
      client: 'test-client',
    });
    await expect(wrong).rejects.toBeInstanceOf(DomainError);
    await expect(wrong).rejects.toThrow('email, password or one-time code not accepted');

    const session = await sut.signIn({
      email: staff.email.toUpperCase(),
      password: staff.password,
      otp: await totpCode(staff.totpSecret, 1),
      client: 'test-client',
    });
    expect(session.cookieValue).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hours = (session.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.99);
    expect(hours).toBeLessThanOrEqual(8);
    const principal = await sut.authenticate(session.cookieValue);
    expect(principal).toEqual({
      id: staff.id,
      role: 'general_counsel',
      name: staff.name,
      email: staff.email,
      sessionId: session.sessionId,
    });

    // Only its keyed hash is stored.
    const [stored] = await app.db.query<{ token_hash: Buffer; kind: string }>(
      `SELECT token_hash, kind FROM staff_sessions WHERE id = $1`,
      [session.sessionId],
    );
    const row = must(stored, 'the session');
    expect(row.kind).toBe('browser');
    expect(row.token_hash.toString('latin1')).not.toContain(session.cookieValue);
    expect(row.token_hash.toString('base64url')).not.toBe(session.cookieValue);

    // The JSON API's bearer tokens are untouched, and neither credential passes for the other.
    expect(
      (
        await http()
          .get('/api/v1/cases')
          .set(...bearer(staff))
      ).status,
    ).toBe(200);
    expect(
      (await http().get('/api/v1/cases').set('authorization', `Bearer ${session.cookieValue}`))
        .status,
    ).toBe(401);
    await expect(sut.authenticate(staff.token)).resolves.toBeUndefined();

    await sut.close(principal as NonNullable<typeof principal>);
    await expect(sut.authenticate(session.cookieValue)).resolves.toBeUndefined();
    const audited = await app.db.query(
      `SELECT action FROM audit_log WHERE actor_id = $1 ORDER BY seq`,
      [staff.id],
    );
    expect(audited.map((a) => a.action)).toEqual([
      'auth.signed_in',
      'auth.sign_in_failed',
      'auth.signed_in',
      'auth.signed_out',
    ]);
  });

  it('ends a session after 30 idle minutes, and each request moves that deadline', async () => {
    const staff = await createStaff(app, 'cfo');
    const idle = await sut.open(staff.id);
    await age(idle.sessionId, { idle: 30 * 60 + 1 });
    await expect(sut.authenticate(idle.cookieValue)).resolves.toBeUndefined();

    const active = await sut.open(staff.id);
    await age(active.sessionId, { idle: 29 * 60 });
    await expect(sut.authenticate(active.cookieValue)).resolves.toMatchObject({ id: staff.id });
    // The request slid the window: 29 more idle minutes are still within 30 of it.
    await age(active.sessionId, { idle: 29 * 60 });
    await expect(sut.authenticate(active.cookieValue)).resolves.toMatchObject({ id: staff.id });
  });

  it('writes activity at most once a minute, however busy the session', async () => {
    const staff = await createStaff(app, 'audit_committee');
    const session = await sut.open(staff.id);
    const opened = await lastSeen(session.sessionId);
    for (let i = 0; i < 3; i += 1) await sut.authenticate(session.cookieValue);
    expect(await lastSeen(session.sessionId)).toEqual(opened);
    await age(session.sessionId, { idle: 61 });
    await sut.authenticate(session.cookieValue);
    expect((await lastSeen(session.sessionId)).getTime()).toBeGreaterThanOrEqual(opened.getTime());
  });

  it('ends a session 8 hours after sign-in however active it was', async () => {
    const staff = await createStaff(app, 'board');
    const session = await sut.open(staff.id);
    await age(session.sessionId, { since: BROWSER_SESSION_ABSOLUTE_SECONDS - 60 });
    await expect(sut.authenticate(session.cookieValue)).resolves.toMatchObject({ id: staff.id });
    await age(session.sessionId, { since: 61 });
    await expect(sut.authenticate(session.cookieValue)).resolves.toBeUndefined();
  });

  it('ends every session at once when the account is disabled or its second factor reset', async () => {
    const staff = await createStaff(app, 'investigator');
    const session = await sut.open(staff.id);
    await expect(sut.authenticate(session.cookieValue)).resolves.toBeDefined();
    expect((await runToEnd('cli', ['staff:disable', '--email', staff.email], app.env)).code).toBe(
      0,
    );
    await expect(sut.authenticate(session.cookieValue)).resolves.toBeUndefined();
    // Enabling the account again does not bring old sessions back.
    expect((await runToEnd('cli', ['staff:enable', '--email', staff.email], app.env)).code).toBe(0);
    await expect(sut.authenticate(session.cookieValue)).resolves.toBeUndefined();

    const other = await createStaff(app, 'hr');
    const before = await sut.open(other.id);
    await app.app.get(StaffAccountsService).resetSecondFactor(SYSTEM, other.id, 'printed');
    await expect(sut.authenticate(before.cookieValue)).resolves.toBeUndefined();
    await expect(sut.open(other.id)).rejects.toThrow('this account cannot sign in');
  });

  it('gives each session its own CSRF token', async () => {
    const staff = await createStaff(app, 'general_counsel');
    const [a, b] = [await sut.open(staff.id), await sut.open(staff.id)];
    const principalA = { sessionId: a.sessionId };
    const token = sut.csrfToken(principalA);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token).not.toContain(a.cookieValue);
    expect(sut.checkCsrf(principalA, token)).toBe(true);
    expect(sut.checkCsrf({ sessionId: b.sessionId }, token)).toBe(false);
    expect(sut.checkCsrf(principalA, sut.csrfToken({ sessionId: b.sessionId }))).toBe(false);
    for (const bad of [undefined, '', ['x'], `${token}x`]) {
      expect(sut.checkCsrf(principalA, bad)).toBe(false);
    }
  });

  it('refuses a malformed or unknown cookie without an error', async () => {
    for (const value of ['', 'x', 'A'.repeat(43), "'; DROP TABLE staff; --", 'é'.repeat(43)]) {
      await expect(sut.authenticate(value)).resolves.toBeUndefined();
    }
  });
});
