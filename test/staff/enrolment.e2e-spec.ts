import { Redis } from 'ioredis';
import request from 'supertest';
import {
  EnrolmentLinkError,
  PasswordRejected,
  StaffEnrolmentService,
  SUBJECTS,
} from '@candor/domain';
import { must } from '@candor/platform';
import type { CapturedMail } from '../support/smtp-listener.js';
import { eventually, runToEnd } from '../support/processes.js';
import { signIn, totpCode } from '../support/staff.js';
import { NotificationWorld, startWorld } from '../notifications/notification-fixtures.js';

const LINK = /https:\/\/candor\.example\/staff\/enrol\?token=([A-Za-z0-9_-]{43})/;
const GOOD_PASSWORD = 'lantern orchid quarry harbour';

/** Every key and value of a Redis instance, as text, so a secret anywhere in it is found. */
async function dumpRedis(url: string): Promise<string> {
  const redis = new Redis(url);
  try {
    const keys = await redis.keys('*');
    const values = await Promise.all(
      keys.map(async (key) => {
        switch (await redis.type(key)) {
          case 'string':
            return redis.get(key);
          case 'hash':
            return JSON.stringify(await redis.hgetall(key));
          case 'list':
            return JSON.stringify(await redis.lrange(key, 0, -1));
          case 'set':
            return JSON.stringify(await redis.smembers(key));
          case 'zset':
            return JSON.stringify(await redis.zrange(key, 0, -1));
          case 'stream':
            return JSON.stringify(await redis.xrange(key, '-', '+'));
          default:
            return '';
        }
      }),
    );
    return [...keys, ...values].join('\n');
  } finally {
    redis.disconnect();
  }
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EnrolmentLinkError || error instanceof PasswordRejected) {
      return error.problem;
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe(StaffEnrolmentService.name, () => {
  let world: NotificationWorld;
  let sut: StaffEnrolmentService;

  beforeAll(async () => {
    world = await startWorld();
    await world.startWorker();
    sut = world.sut.app.get(StaffEnrolmentService);
  });
  afterAll(() => world.close());

  async function operatorCreates(email: string, name: string, ...extra: string[]) {
    const { code, output } = await runToEnd(
      'cli',
      ['staff:create', '--email', email, '--name', name, '--role', 'general_counsel', ...extra],
      world.env,
    );
    expect(code).toBe(0);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    return JSON.parse(must(lines[0], 'a line from staff:create')) as Record<string, unknown> & {
      id: string;
      enrolment: { expiresAt: string; url?: string; sentBy?: string };
    };
  }

  async function enrolmentMail(to: string): Promise<CapturedMail> {
    return eventually(
      `the enrolment email to ${to}`,
      () => Promise.resolve(world.smtp.to(to).find((m) => m.subject === SUBJECTS.enrolment)),
      15_000,
    );
  }

  const login = (email: string, password: string, otp: string) =>
    request(world.sut.app.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ email, password, otp });

  it('emails a new General Counsel a single-use link that leads through password, QR code and code to signing in', async () => {
    const email = 'grace.whitfield@candor.example';
    const created = await operatorCreates(email, 'Grace Whitfield');
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      email,
      role: 'general_counsel',
      enrolment: { expiresAt: expect.any(String), sentBy: 'email' },
    });
    const hours = (Date.parse(created.enrolment.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);

    const mail = await enrolmentMail(email);
    expect(mail.subject).toBe('Candor: set up your account');
    const token = LINK.exec(mail.text)?.[1] as string;
    expect(token).toBeDefined();
    expect(mail.html).toContain(`https://candor.example/staff/enrol?token=${token}`);
    // Nothing else about the account: not the name, not the role.
    expect(mail.raw).not.toContain('Grace');
    expect(mail.raw).not.toContain('general');

    // Before enrolment the account has no password: nothing signs it in.
    const early = await login(email, 'anything at all here', '123456');
    expect(early.status).toBe(401);
    expect(early.body.message).toBe('email, password or one-time code not accepted');

    await expect(sut.open(token)).resolves.toMatchObject({
      staffId: created.id,
      name: 'Grace Whitfield',
      email,
      role: 'general_counsel',
      kind: 'account',
      nextStep: 'password',
    });
    await expect(sut.secondFactor(token)).rejects.toThrow('choose a password first');
    expect(await problemOf(sut.setPassword(token, 'password1234'))).toBe('weak');
    expect(await problemOf(sut.setPassword(token, 'GraceWhitfield-2026!'))).toBe('personal');
    expect(await problemOf(sut.setPassword(token, 'short'))).toBe('too_short');
    await expect(sut.setPassword(token, 'password1234')).rejects.toThrow(
      /too easy to guess\. .*common/i,
    );
    await expect(sut.setPassword(token, GOOD_PASSWORD)).resolves.toMatchObject({
      nextStep: 'second_factor',
    });

    const setup = await sut.secondFactor(token);
    expect(setup.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(setup.otpauthUri).toBe(
      `otpauth://totp/Candor:grace.whitfield%40candor.example?secret=${setup.secret}&issuer=Candor`,
    );
    expect(setup.qrSvg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox=/);
    expect(setup.qrSvg).not.toMatch(/<script|href=/);
    // The same secret on a reload, so what was scanned keeps working.
    expect((await sut.secondFactor(token)).secret).toBe(setup.secret);

    await expect(sut.confirm(token, '000000')).rejects.toThrow(/code was not accepted/);
    await expect(sut.confirm(token, await totpCode(setup.secret))).resolves.toEqual({
      staffId: created.id,
    });
    expect(await problemOf(sut.open(token))).toBe('used');
    expect(await problemOf(sut.confirm(token, await totpCode(setup.secret, 1)))).toBe('used');

    // The code used to confirm cannot also sign in; the next one does.
    expect((await login(email, GOOD_PASSWORD, await totpCode(setup.secret))).status).toBe(401);
    const token2 = await signIn(world.sut, email, GOOD_PASSWORD, setup.secret, 1);
    expect(token2.split('.')).toHaveLength(3);

    const audit = await world.sut.db.query<{ action: string; actor_type: string }>(
      `SELECT action, actor_type FROM audit_log
        WHERE detail->>'staffId' = $1 OR actor_id::text = $1 ORDER BY seq`,
      [created.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'staff.created',
      'staff.enrolment_issued',
      'auth.sign_in_failed',
      'staff.enrolment_started',
      'staff.enrolment_password_chosen',
      'staff.enrolment_code_refused',
      'staff.enrolled',
      'auth.sign_in_failed',
      'auth.signed_in',
    ]);
  });

  it('keeps the token out of the database, the outbox, Redis and the logs', async () => {
    const email = 'token.keeper@candor.example';
    const created = await operatorCreates(email, 'Token Keeper');
    const token = LINK.exec((await enrolmentMail(email)).text)?.[1] as string;

    const [outbox] = await world.sut.db.query<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM outbox WHERE event = 'staff.enrolment' AND payload->>'staffId' = $1`,
      [created.id],
    );
    expect(Object.keys(must(outbox, 'the enrolment event').payload).sort()).toEqual([
      'enrolmentId',
      'staffId',
    ]);
    const [row] = await world.sut.db.query<{ all: string }>(
      `SELECT concat_ws(' ', encode(token_hash, 'escape'), encode(token_enc, 'escape'),
              encode(token_hash, 'base64'), encode(token_hash, 'hex')) AS all
         FROM staff_enrolments WHERE staff_id = $1`,
      [created.id],
    );
    expect(must(row, 'the enrolment').all).not.toContain(token);
    expect(await dumpRedis(world.redis.url)).not.toContain(token);
    expect(world.workers.map((w) => w.output()).join('\n')).not.toContain(token);

    // Once used, even the sealed copy is gone.
    await sut.setPassword(token, GOOD_PASSWORD);
    const { secret } = await sut.secondFactor(token);
    await sut.confirm(token, await totpCode(secret));
    const [after] = await world.sut.db.query<{ token_enc: Buffer | null; pending: boolean }>(
      `SELECT token_enc, password_hash IS NOT NULL OR totp_secret_enc IS NOT NULL AS pending
         FROM staff_enrolments WHERE staff_id = $1`,
      [created.id],
    );
    expect(after).toEqual({ token_enc: null, pending: false });
  });

  it('prints the link instead of emailing it when asked, and still prints the TOTP secret with --password', async () => {
    const email = 'printed.link@candor.example';
    const created = await operatorCreates(email, 'Printed Link', '--print-link');
    expect(created.enrolment.url).toMatch(LINK);
    expect(created.enrolment.sentBy).toBeUndefined();
    const token = LINK.exec(created.enrolment.url as string)?.[1] as string;
    await expect(sut.open(token)).resolves.toMatchObject({ email, nextStep: 'password' });
    const outbox = await world.sut.db.query(
      `SELECT 1 FROM outbox WHERE event = 'staff.enrolment' AND payload->>'staffId' = $1`,
      [created.id],
    );
    expect(outbox).toHaveLength(0);

    const withPassword = await operatorCreates(
      'with.password@candor.example',
      'With Password',
      '--password',
      'a-password-the-operator-chose',
    );
    expect(Object.keys(withPassword).sort()).toEqual(['email', 'id', 'role', 'totpSecret']);

    const both = await runToEnd(
      'cli',
      ['staff:create', '--email', 'x@candor.example', '--name', 'X', '--role', 'hr'].concat([
        '--print-link',
        '--password',
        'a-password-the-operator-chose',
      ]),
      world.env,
    );
    expect(both.code).toBe(2);
    expect(both.output).toMatch(/only one of --password, --print-link/);
  });

  it('refuses an expired, replaced or unknown link with a clear reason, and never emails a dead one', async () => {
    const email = 'late.comer@candor.example';
    const created = await operatorCreates(email, 'Late Comer', '--print-link');
    const first = LINK.exec(created.enrolment.url as string)?.[1] as string;
    await world.sut.db.query(
      `UPDATE staff_enrolments SET expires_at = now() - interval '1 second' WHERE staff_id = $1`,
      [created.id],
    );
    expect(await problemOf(sut.open(first))).toBe('expired');
    await expect(sut.open(first)).rejects.toThrow('this enrolment link has expired');
    expect(await problemOf(sut.setPassword(first, GOOD_PASSWORD))).toBe('expired');

    // An email event for a link that has died since (here: raised by hand) sends nothing.
    const [enrolment] = await world.sut.db.query<{ id: string }>(
      `SELECT id FROM staff_enrolments WHERE staff_id = $1`,
      [created.id],
    );
    const enrolmentId = must(enrolment, 'the enrolment').id;
    const [event] = await world.sut.db.query<{ id: string }>(
      `INSERT INTO outbox (id, event, case_id, payload, created_at)
       VALUES (gen_random_uuid(), 'staff.enrolment', NULL, $1, now()) RETURNING id`,
      [JSON.stringify({ staffId: created.id, enrolmentId })],
    );
    const eventId = must(event, 'the raised event').id;
    await eventually('the dead link to be skipped', async () => {
      const [delivery] = await world.sut.db.query<{ status: string }>(
        `SELECT status FROM notification_deliveries WHERE event_id = $1`,
        [eventId],
      );
      return delivery?.status === 'skipped';
    });
    expect(world.smtp.to(email)).toHaveLength(0);

    expect(await problemOf(sut.open('A'.repeat(43)))).toBe('unknown');
    expect(await problemOf(sut.open('not a token'))).toBe('unknown');

    // Disabling the account ends its link; enabling it sends a new one, which replaces any other.
    expect((await runToEnd('cli', ['staff:disable', '--email', email], world.env)).code).toBe(0);
    const enabled = await runToEnd('cli', ['staff:enable', '--email', email], world.env);
    expect(enabled.code).toBe(0);
    expect(JSON.parse(enabled.output.trim())).toMatchObject({
      status: 'enrolment_pending',
      enrolment: { kind: 'account', expired: false },
    });
    const second = LINK.exec((await enrolmentMail(email)).text)?.[1] as string;
    await expect(sut.open(second)).resolves.toMatchObject({ staffId: created.id });
    expect(await problemOf(sut.open(first))).toBe('revoked');
  });
});
