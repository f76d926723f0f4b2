import type { InjectOptions } from 'fastify';
import { StaffAuthService } from '@candor/domain';
import { NotificationWorld, readable, startWorld } from '../notifications/notification-fixtures.js';
import { eventually } from '../support/processes.js';
import { createStaff, TestStaff, totpCode } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

const PAUSED_SUBJECT = 'Candor: sign-in to your account was paused';

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((all, s) => ({ ...all, [s]: (all[s] ?? 0) + 1 }), {});

/**
 * Each test's attackers and staff sign in from their own documentation addresses (RFC 5737), so
 * one test's counts never reach another's.
 */
describe('staff sign-in under attack', () => {
  let world: NotificationWorld;
  let sut: TestApp;

  beforeAll(async () => {
    world = await startWorld();
    sut = world.sut;
  });
  afterAll(() => world.close());

  const login = (payload: InjectOptions['payload'], from: string) =>
    sut.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, remoteAddress: from });
  /** The owner's real password and a code nobody has used yet. */
  const rightCredentials = async (staff: TestStaff) => ({
    email: staff.email,
    password: staff.password,
    otp: await totpCode(staff.totpSecret, 1),
  });
  /** A code of the account's own secret, but for more than an hour from now: wrong today. */
  const wrongCode = (staff: TestStaff, i: number) => totpCode(staff.totpSecret, 200 + i);

  it('lets the owner in from elsewhere while wrong passwords for their account keep arriving', async () => {
    const owner = await createStaff(sut, 'general_counsel');
    const fromOnePlace: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const res = await login(
        { email: owner.email, password: `guess-${i}-of-the-password`, otp: '123456' },
        '203.0.113.10',
      );
      fromOnePlace.push(res.statusCode);
    }
    expect(fromOnePlace).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const fromManyPlaces: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const res = await login(
        { email: owner.email, password: `spray-${i}-of-the-password`, otp: '123456' },
        `203.0.113.${20 + i}`,
      );
      fromManyPlaces.push(res.statusCode);
    }
    expect(tally(fromManyPlaces)).toEqual({ 401: 20 });

    const res = await login(await rightCredentials(owner), '198.51.100.10');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accessToken: expect.any(String), expiresAt: expect.any(String) });
  });

  it('keeps known accounts open through a flood of sign-ins for unknown emails', async () => {
    const staff = await createStaff(sut, 'cfo');
    const statuses: number[] = [];
    for (let i = 0; i < 105; i += 5) {
      const batch = await Promise.all(
        [0, 1, 2, 3, 4].map((j) =>
          login(
            { email: `nobody-${i + j}@candor.example`, password: 'not-a-password', otp: '123456' },
            `203.0.113.${100 + j}`,
          ),
        ),
      );
      statuses.push(...batch.map((r) => r.statusCode));
    }
    expect(tally(statuses)).toEqual({ 401: 105 });

    const res = await login(await rightCredentials(staff), '198.51.100.11');
    expect(res.statusCode).toBe(200);
  });

  it('refuses one place after 30 failed sign-ins in 15 minutes, whatever the accounts, and audits that once', async () => {
    const staff = await createStaff(sut, 'board');
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 32; i += 1) {
      const res = await login(
        { email: `ghost-${i}@candor.example`, password: 'not-a-password', otp: '123456' },
        '203.0.113.150',
      );
      statuses.push(res.statusCode);
      if (res.statusCode === 429) retryAfter ??= res.headers['retry-after'] as string;
    }
    expect(tally(statuses)).toEqual({ 401: 30, 429: 2 });
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const throttled = await sut.db.query(
      `SELECT actor_type, detail FROM audit_log
        WHERE action = 'auth.sign_in_throttled' AND detail->>'scope' = 'client'`,
    );
    expect(throttled).toEqual([
      {
        actor_type: 'system',
        detail: { scope: 'client', failures: 30, windowSeconds: 900 },
      },
    ]);

    const res = await login(await rightCredentials(staff), '198.51.100.12');
    expect(res.statusCode).toBe(200);
  });

  it('applies the same limits to a sign-in handed to the service directly, as the pages do', async () => {
    const auth = sut.app.get(StaffAuthService);
    const attempt = (i: number) =>
      auth
        .login({
          email: `phantom-${i}@candor.example`,
          password: 'not-a-password',
          otp: '123456',
          client: 'a page client',
        })
        .then(
          () => 'signed in',
          (error: { kind: string }) => error.kind,
        );
    const outcomes: string[] = [];
    for (let i = 0; i < 31; i += 1) outcomes.push(await attempt(i));
    expect(outcomes).toEqual([...Array<string>(30).fill('unauthenticated'), 'rate_limited']);
  });

  it('still signs a staff member in during a flood of malformed sign-ins', async () => {
    const staff = await createStaff(sut, 'investigator');
    const junk: unknown[] = [
      {},
      { email: 42, password: 'x', otp: '123456' },
      { email: staff.email, password: staff.password, otp: '12' },
      { email: staff.email, password: staff.password, otp: '123456', access_token: 'x' },
      { email: 'x'.repeat(300), password: 'x', otp: '123456' },
    ];
    const statuses: number[] = [];
    for (let i = 0; i < 500; i += 25) {
      const batch = await Promise.all(
        Array.from({ length: 25 }, (_, j) =>
          login(
            junk[(i + j) % junk.length] as Record<string, unknown>,
            `203.0.113.${200 + ((i + j) % 10)}`,
          ),
        ),
      );
      statuses.push(...batch.map((r) => r.statusCode));
    }
    expect(statuses.every((s) => s === 400 || s === 429)).toBe(true);

    const res = await login(await rightCredentials(staff), '198.51.100.13');
    expect(res.statusCode).toBe(200);
  });

  it('sheds sign-ins that would queue for the password check for long, for a second, and counts none of them', async () => {
    const staff = await createStaff(sut, 'hr');
    const burst = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        login(
          { email: `crowd-${i}@candor.example`, password: 'not-a-password', otp: '123456' },
          `198.51.100.${100 + i}`,
        ),
      ),
    );
    const shed = burst.filter((r) => r.statusCode === 429);
    expect(burst.every((r) => r.statusCode === 401 || r.statusCode === 429)).toBe(true);
    expect(shed.length).toBeGreaterThan(0);
    for (const res of shed) {
      expect(res.headers['retry-after']).toBe('1');
      expect(res.json().message).toBe('too many sign-ins at this moment, try again in a second');
    }

    const res = await login(await rightCredentials(staff), '198.51.100.15');
    expect(res.statusCode).toBe(200);
  });

  it('pauses an account whose password is right but whose codes are wrong, tells its owner, and nobody else can tell', async () => {
    await world.startWorker();
    const owner = await createStaff(sut, 'audit_committee');
    const colleague = await createStaff(sut, 'general_counsel');

    // The right password with wrong codes, each from a different place, so that only the
    // account's own count can stop them.
    for (let i = 0; i < 5; i += 1) {
      const res = await login(
        { email: owner.email, password: owner.password, otp: await wrongCode(owner, i) },
        `192.0.2.${10 + i}`,
      );
      expect(res.statusCode).toBe(401);
    }
    // Without the password, the pause cannot be seen: the answer is the usual one.
    const guess = await login(
      { email: owner.email, password: 'not-the-password', otp: await wrongCode(owner, 9) },
      '192.0.2.40',
    );
    expect(guess.statusCode).toBe(401);
    expect(guess.headers['retry-after']).toBeUndefined();

    // The owner, with both factors, is told to wait.
    const paused = await login(await rightCredentials(owner), '198.51.100.14');
    expect(paused.statusCode).toBe(429);
    expect(Number(paused.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(paused.json().message).toBe(
      'sign-in to this account is paused after repeated wrong one-time codes: see your email, and try again later',
    );
    // Every other account signs in as usual, from the same places.
    expect((await login(await rightCredentials(colleague), '192.0.2.10')).statusCode).toBe(200);

    const mail = await eventually(
      'the owner to be told',
      // The owner may also get emails that waited for an Audit Committee member (the audit head).
      () =>
        Promise.resolve(
          world.smtp.messages.find(
            (m) => m.to.includes(owner.email) && m.subject === PAUSED_SUBJECT,
          ),
        ),
      20_000,
    );
    expect(mail.subject).toBe(PAUSED_SUBJECT);
    expect(mail.text).toContain('paused for up to 15 minutes');
    expect(readable(mail)).not.toMatch(/192\.0\.2\.|198\.51\.100\.|203\.0\.113\./);
    expect(world.smtp.messages.filter((m) => m.subject === PAUSED_SUBJECT)).toHaveLength(1);

    const audit = await sut.db.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE actor_id = $1 GROUP BY action ORDER BY action`,
      [owner.id],
    );
    expect(audit).toEqual([
      { action: 'auth.sign_in_failed', n: 7 },
      { action: 'auth.sign_in_paused', n: 1 },
      { action: 'auth.signed_in', n: 1 },
    ]);
  });
});

describe('staff sign-in behind a trusted proxy', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ TRUST_PROXY: '10.0.0.0/8' });
  });
  afterAll(() => sut.close());

  const login = (payload: InjectOptions['payload'], from: string, forwardedFor: string) =>
    sut.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload,
      remoteAddress: from,
      headers: { 'x-forwarded-for': forwardedFor },
    });

  it('counts each client the proxy names, so one of them cannot keep the others out', async () => {
    const owner = await createStaff(sut, 'general_counsel');
    const guesses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const res = await login(
        { email: owner.email, password: `guess-${i}-of-the-password`, otp: '123456' },
        '10.0.0.2',
        '203.0.113.77',
      );
      guesses.push(res.statusCode);
    }
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429, 429]);

    const res = await login(
      { email: owner.email, password: owner.password, otp: await totpCode(owner.totpSecret, 1) },
      '10.0.0.2',
      '198.51.100.77',
    );
    expect(res.statusCode).toBe(200);
  });

  it('lets no other sender choose its client by the header', async () => {
    const owner = await createStaff(sut, 'cfo');
    const guesses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const res = await login(
        { email: owner.email, password: `guess-${i}-of-the-password`, otp: '123456' },
        '192.0.2.99',
        `198.51.100.${i}`,
      );
      guesses.push(res.statusCode);
    }
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});
