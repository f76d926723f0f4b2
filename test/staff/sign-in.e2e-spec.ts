import request from 'supertest';
import { must } from '@candor/platform';
import { runToEnd } from '../support/processes.js';
import { bearer, createStaff, signIn, totpCode } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

describe('staff sign-in', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  const http = () => request(sut.app.getHttpServer());
  const GENERIC = {
    statusCode: 401,
    error: 'Unauthorized',
    message: 'email, password or one-time code not accepted',
  };

  it('creates staff from the CLI with a generated password and TOTP secret, printed once as one JSON line', async () => {
    const { code, output } = await runToEnd(
      'cli',
      [
        'staff:create',
        '--email',
        'Legal.Counsel@candor.example',
        '--name',
        'Alex Morgan',
        '--role',
        'general_counsel',
        '--generate-password',
      ],
      sut.env,
    );
    expect(code).toBe(0);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    const created = JSON.parse(must(lines[0], 'a line from staff:create')) as Record<
      'id' | 'email' | 'role' | 'totpSecret' | 'password',
      string
    >;
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      email: 'legal.counsel@candor.example',
      role: 'general_counsel',
      totpSecret: expect.stringMatching(/^[A-Z2-7]+=*$/),
      password: expect.any(String),
    });
    expect(created.password.length).toBeGreaterThanOrEqual(20);
    const [stored] = await sut.db.query(
      `SELECT password_hash, totp_secret_enc FROM staff WHERE id = $1`,
      [created.id],
    );
    const row = must(stored, 'the created staff member');
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,(t=2,p=1|p=1,t=2)\$/);
    expect((row.totp_secret_enc as Buffer).toString('latin1')).not.toContain(created.totpSecret);
    const token = await signIn(
      sut,
      'legal.counsel@candor.example',
      created.password,
      created.totpSecret,
    );
    expect(token.split('.')).toHaveLength(3);
  });

  it('refuses a bad role or a duplicate email with a clear message', async () => {
    const bad = await runToEnd(
      'cli',
      ['staff:create', '--email', 'x@candor.example', '--name', 'X', '--role', 'ceo'],
      sut.env,
    );
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/--role must be one of/);
    const staff = await createStaff(sut, 'cfo');
    const dup = await runToEnd(
      'cli',
      ['staff:create', '--email', staff.email, '--name', 'Y', '--role', 'cfo'],
      sut.env,
    );
    expect(dup.code).toBe(1);
    expect(dup.output).toMatch(/already exists/);
  });

  it('never says which factor was wrong, refuses a used code, and audits failures', async () => {
    const staff = await createStaff(sut, 'audit_committee');
    const wrongPassword = await http()
      .post('/api/v1/auth/login')
      .send({
        email: staff.email,
        password: 'nope-nope-nope',
        otp: await totpCode(staff.totpSecret, 1),
      });
    const wrongCode = await http()
      .post('/api/v1/auth/login')
      .send({ email: staff.email, password: staff.password, otp: '000000' });
    const unknown = await http()
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@candor.example', password: 'x', otp: '123456' });
    // createStaff already used the current step's code: the same code again is refused.
    const reused = await http()
      .post('/api/v1/auth/login')
      .send({
        email: staff.email,
        password: staff.password,
        otp: await totpCode(staff.totpSecret),
      });
    for (const res of [wrongPassword, wrongCode, unknown, reused]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual(GENERIC);
    }
    const audited = await sut.db.query(
      `SELECT actor_id FROM audit_log WHERE action = 'auth.sign_in_failed' AND actor_id = $1`,
      [staff.id],
    );
    expect(audited.length).toBe(3);
    expect(
      await sut.db.query(
        `SELECT 1 FROM audit_log WHERE action = 'auth.signed_in' AND actor_id = $1`,
        [staff.id],
      ),
    ).toHaveLength(1);
  });

  it('refuses a NUL character in the email with 400 before any check, and the owner still signs in', async () => {
    const staff = await createStaff(sut, 'general_counsel');
    const audited = () => sut.db.query(`SELECT seq FROM audit_log ORDER BY seq`);
    const before = await audited();
    const res = await http()
      .post('/api/v1/auth/login')
      .send({ email: `${staff.email}\u0000`, password: staff.password, otp: '123456' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: [
        'email contains a character that is not allowed (a NUL character or an unpaired surrogate)',
      ],
    });
    expect(await audited()).toEqual(before);
    await expect(signIn(sut, staff.email, staff.password, staff.totpSecret, 1)).resolves.toEqual(
      expect.any(String),
    );
  });

  it('takes a staff token from the Authorization header only, never from the URL or the body', async () => {
    const staff = await createStaff(sut, 'general_counsel');
    const inUrl = await http().post(`/api/v1/auth/logout?access_token=${staff.token}`);
    const inBody = await http().post('/api/v1/auth/logout').send({ access_token: staff.token });
    for (const res of [inUrl, inBody]) {
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    }
    // Neither request signed the session out: with the header, the token still works.
    expect(
      (
        await http()
          .get('/api/v1/cases')
          .set(...bearer(staff))
      ).status,
    ).toBe(200);
  });

  it('accepts a one-time code once even when two sign-ins race with it', async () => {
    const staff = await createStaff(sut, 'cfo');
    const otp = await totpCode(staff.totpSecret, 1);
    const attempts = await Promise.all(
      [0, 1, 2].map(() =>
        http()
          .post('/api/v1/auth/login')
          .send({ email: staff.email, password: staff.password, otp }),
      ),
    );
    expect(attempts.map((r) => r.status).sort()).toEqual([200, 401, 401]);
  });

  it('ends the session at sign-out: the token stops working at once', async () => {
    const staff = await createStaff(sut, 'board');
    expect(
      (
        await http()
          .post('/api/v1/auth/logout')
          .set(...bearer(staff))
      ).status,
    ).toBe(204);
    const again = await http()
      .post('/api/v1/auth/logout')
      .set(...bearer(staff));
    expect(again.status).toBe(401);
    expect((await http().post('/api/v1/auth/logout')).status).toBe(401);
  });

  it('ends every session of a disabled account', async () => {
    const staff = await createStaff(sut, 'investigator');
    const { code } = await runToEnd('cli', ['staff:disable', '--email', staff.email], sut.env);
    expect(code).toBe(0);
    expect(
      (
        await http()
          .post('/api/v1/auth/logout')
          .set(...bearer(staff))
      ).status,
    ).toBe(401);
  });

  it('lets an operator switch a staff member to the daily digest', async () => {
    const staff = await createStaff(sut, 'audit_committee');
    const { code, output } = await runToEnd(
      'cli',
      ['staff:notifications', '--email', staff.email, '--mode', 'daily_digest'],
      sut.env,
    );
    expect(code).toBe(0);
    expect(JSON.parse(output.trim())).toMatchObject({ id: staff.id });
    const [row] = await sut.db.query(`SELECT notification_mode FROM staff WHERE id = $1`, [
      staff.id,
    ]);
    expect(must(row, 'the staff member').notification_mode).toBe('daily_digest');
    const bad = await runToEnd(
      'cli',
      ['staff:notifications', '--email', staff.email, '--mode', 'hourly'],
      sut.env,
    );
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/--mode must be immediate or daily_digest/);
  });

  it('throttles repeated failures on one account with 429 and Retry-After', async () => {
    const staff = await createStaff(sut, 'hr');
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 7; i += 1) {
      const res = await http()
        .post('/api/v1/auth/login')
        .send({ email: staff.email, password: 'wrong-password-x', otp: '111111' });
      statuses.push(res.status);
      retryAfter ??= res.headers['retry-after'];
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
