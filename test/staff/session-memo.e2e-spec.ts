import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { StaffSessionCache } from '@candor/domain';
import { createApiApp } from '../../apps/api/src/bootstrap/create-api-app.js';
import { eventually, runToEnd } from '../support/processes.js';
import { PrivateRedis } from '../support/redis-server.js';
import {
  bearer,
  createStaff,
  sessionsChangedBehindTheApp,
  type TestStaff,
} from '../support/staff.js';
import { consoleSignIn, csrfOf } from '../support/staff-console.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A second API process: the first one's configuration, so the same database, Redis and keys. */
async function secondInstance(first: TestApp): Promise<NestFastifyApplication> {
  const app = await createApiApp(first.config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** Ends a session in SQL only, as a change whose epoch bump never came would. */
async function revokeInSqlOnly(sut: TestApp, staffId: string): Promise<void> {
  await sut.db.query(`UPDATE staff_sessions SET revoked_at = now() WHERE staff_id = $1`, [staffId]);
}

/**
 * Staff sessions are checked against their rows at most once a minute per API process
 * (StaffSessionCache), and yet whatever ends a session ends it at once on every process: the
 * processes here share one database and one Redis, as replicas behind a load balancer do.
 */
describe(StaffSessionCache.name, () => {
  let a: TestApp;
  let b: NestFastifyApplication;

  beforeAll(async () => {
    a = await startTestApp();
    b = await secondInstance(a);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const onA = () => request(a.app.getHttpServer());
  const onB = () => request(b.getHttpServer());
  const casesOnB = (staff: Pick<TestStaff, 'token'>) =>
    onB()
      .get('/api/v1/cases?status=triage')
      .set(...bearer(staff));

  /** Disables an account through the console's administration on process A, as an admin would. */
  async function disableOnA(staffId: string): Promise<void> {
    const admin = await consoleSignIn(a, await createStaff(a, 'admin'));
    const page = await onA().get(`/staff/admin/staff/${staffId}`).set('cookie', admin.cookie);
    expect(page.status).toBe(200);
    const done = await onA()
      .post(`/staff/admin/staff/${staffId}/disable`)
      .set('cookie', admin.cookie)
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe(`/staff/admin/staff/${staffId}?done=disabled`);
  }

  it('takes a checked session on trust on the next requests, until the epoch moves on any process', async () => {
    const staff = await createStaff(a, 'general_counsel');
    expect((await casesOnB(staff)).status).toBe(200);
    await revokeInSqlOnly(a, staff.id);
    // B remembers the check it made a moment ago: the row changed without anyone saying so.
    expect((await casesOnB(staff)).status).toBe(200);
    // Saying so on A (what every service that ends sessions does after committing) reaches B.
    await sessionsChangedBehindTheApp(a);
    expect((await casesOnB(staff)).status).toBe(401);
  });

  it('answers 401 on B to the very next request after a sign-out on A', async () => {
    const staff = await createStaff(a, 'general_counsel');
    for (let i = 0; i < 3; i += 1) expect((await casesOnB(staff)).status).toBe(200);
    expect(
      (
        await onA()
          .get('/api/v1/cases')
          .set(...bearer(staff))
      ).status,
    ).toBe(200);

    const out = await onA()
      .post('/api/v1/auth/logout')
      .set(...bearer(staff));
    expect(out.status).toBe(204);
    const next = await casesOnB(staff);
    expect(next.status).toBe(401);
    expect(next.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'sign in again: the session has expired or ended',
    });
    expect(
      (
        await onA()
          .get('/api/v1/cases')
          .set(...bearer(staff))
      ).status,
    ).toBe(401);
  });

  it('refuses on B the very next request of an account disabled through the administration on A', async () => {
    const staff = await createStaff(a, 'investigator');
    const console = await consoleSignIn(a, staff);
    expect((await casesOnB(staff)).status).toBe(200);
    expect((await onB().get('/staff').set('cookie', console.cookie)).status).toBe(200);

    await disableOnA(staff.id);
    expect((await casesOnB(staff)).status).toBe(401);
    const page = await onB().get('/staff').set('cookie', console.cookie);
    expect(page.status).toBe(303);
    expect(page.headers.location).toBe('/staff/sign-in?expired=1');
  });

  it('ends on B the console session signed out on A, at the very next request', async () => {
    const staff = await createStaff(a, 'audit_committee');
    const session = await consoleSignIn(a, staff);
    const home = await onB().get('/staff').set('cookie', session.cookie);
    expect(home.status).toBe(200);
    expect((await onB().get('/staff').set('cookie', session.cookie)).status).toBe(200);

    const out = await onA()
      .post('/staff/sign-out')
      .set('cookie', session.cookie)
      .type('form')
      .send({ _csrf: csrfOf(home.text) });
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe('/staff/sign-in?signed-out=1');
    const after = await onB().get('/staff').set('cookie', session.cookie);
    expect(after.status).toBe(303);
    expect(after.headers.location).toBe('/staff/sign-in?expired=1');
    // The staff member's other sessions (the API token) go on.
    expect((await casesOnB(staff)).status).toBe(200);
  });

  it('ends every session on A and B when the operator resets a TOTP secret from the command line', async () => {
    const staff = await createStaff(a, 'cfo');
    const session = await consoleSignIn(a, staff);
    expect((await casesOnB(staff)).status).toBe(200);
    expect((await onB().get('/staff').set('cookie', session.cookie)).status).toBe(200);
    expect((await onA().get('/staff').set('cookie', session.cookie)).status).toBe(200);

    const reset = await runToEnd('cli', ['staff:reset-totp', '--email', staff.email], a.env);
    expect(reset.code).toBe(0);
    expect((await casesOnB(staff)).status).toBe(401);
    expect(
      (
        await onA()
          .get('/api/v1/cases')
          .set(...bearer(staff))
      ).status,
    ).toBe(401);
    expect((await onB().get('/staff').set('cookie', session.cookie)).status).toBe(303);
    expect((await onA().get('/staff').set('cookie', session.cookie)).status).toBe(303);
  });
});

/** Without a readable epoch nothing is taken on trust: every request reads its session row. */
describe(`${StaffSessionCache.name} while Redis is away`, () => {
  let redis: PrivateRedis;
  let sut: TestApp;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    sut = await startTestApp({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await sut.close();
    await redis.stop();
  });

  const cases = (staff: Pick<TestStaff, 'token'>) =>
    request(sut.app.getHttpServer())
      .get('/api/v1/cases')
      .set(...bearer(staff));

  it('trusts nothing remembered before Redis went away, though no bump says what changed meanwhile', async () => {
    const ended = await createStaff(sut, 'general_counsel');
    const kept = await createStaff(sut, 'general_counsel');
    for (const staff of [ended, kept]) expect((await cases(staff)).status).toBe(200);

    // No staff request while Redis is away: only the reconnection can tell this process.
    await redis.stop();
    await revokeInSqlOnly(sut, ended.id);
    // Back empty, as after a restart without persistence: the epoch, never bumped in this Redis
    // yet, reads as it did before, and only the new connection tells that it cannot vouch.
    await backAgain();
    expect((await cases(ended)).status).toBe(401);
    expect((await cases(kept)).status).toBe(200);
  });

  it('checks every request in the database while Redis cannot be read', async () => {
    const ended = await createStaff(sut, 'general_counsel');
    const kept = await createStaff(sut, 'general_counsel');
    for (const staff of [ended, kept]) expect((await cases(staff)).status).toBe(200);

    await redis.stop();
    // Redis is away, so no bump can say this: the row alone must.
    await revokeInSqlOnly(sut, ended.id);
    expect((await cases(ended)).status).toBe(401);
    expect((await cases(kept)).status).toBe(200);
    // Signing out still works, and ends the session at once.
    const out = await request(sut.app.getHttpServer())
      .post('/api/v1/auth/logout')
      .set(...bearer(kept));
    expect(out.status).toBe(204);
    expect((await cases(kept)).status).toBe(401);
    await backAgain();
  });

  /** Starts Redis again and waits until the API uses it (its health check says so). */
  async function backAgain(): Promise<void> {
    await redis.resume();
    await eventually(
      'the API connected to Redis again',
      async () => (await request(sut.app.getHttpServer()).get('/health')).status === 200,
      15_000,
      200,
    );
  }
});
