import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { appDataSourceOptions, databaseErrorForLog } from '@candor/persistence';
import { must } from '@candor/platform';
import { anonymousReport } from '../support/factories.js';
import { send } from '../support/http-client.js';
import { eventually, runToEnd, spawnApp, Spawned } from '../support/processes.js';
import { freePort } from '../support/redis-server.js';
import { testEnv } from '../support/test-app.js';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';

/** A loopback alias as the client's address, so that the test can tell whether it was kept. */
const CLIENT_ADDRESS = '127.0.0.77';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface LogLine {
  level: number;
  msg: string;
  context?: string;
  req?: Record<string, unknown>;
  res?: Record<string, unknown>;
  ms?: number;
  db?: Record<string, unknown>;
  err?: Record<string, unknown>;
}

function logLines(output: string): LogLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

describe('logs', () => {
  let db: TestDatabase;
  let api: Spawned;
  let base: string;
  const canary = randomBytes(6).toString('hex');
  const headers = {
    'user-agent': `CanaryBrowser/${canary}`,
    'x-forwarded-for': '203.0.113.77',
    'x-real-ip': '203.0.113.77',
    cookie: `session=${canary}`,
  };
  const get = (path: string, extra: Record<string, string> = {}) =>
    send(`${base}${path}`, { headers: { ...headers, ...extra }, localAddress: CLIENT_ADDRESS });
  const json = (path: string, body: unknown) =>
    send(`${base}${path}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      localAddress: CLIENT_ADDRESS,
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = spawnApp(
      'api',
      [],
      testEnv(db, { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' }),
    );
    await eventually(
      'the API to listen',
      async () => (await send(`${base}/health`)).status === 200,
      20_000,
    );
  });
  afterAll(async () => {
    api.proc.kill('SIGTERM');
    await api.exited();
    await db.drop();
  });

  it('writes one line per request, reporter routes and 404s included: id, method, path, status and time, nothing about the client', async () => {
    const before = logLines(api.output()).filter((l) => l.msg === 'request completed').length;
    const requests: Array<[string, string, () => Promise<{ status: number }>]> = [
      [
        'GET',
        '/api/v1/intake/concern-types',
        () => get(`/api/v1/intake/concern-types?q=${canary}`),
      ],
      ['GET', '/no/such/route', () => get(`/no/such/route?token=${canary}`)],
      ['POST', '/api/v1/intake/reports', () => json('/api/v1/intake/reports', anonymousReport())],
      ['POST', '/api/v1/intake/reports', () => json('/api/v1/intake/reports', { title: canary })],
      [
        'POST',
        '/api/v1/reporter/session',
        () => json('/api/v1/reporter/session', { receipt: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF' }),
      ],
      [
        'GET',
        '/api/v1/reporter/case',
        () => get('/api/v1/reporter/case', { authorization: `Bearer ${canary}` }),
      ],
      [
        'POST',
        '/api/v1/auth/login',
        () =>
          json('/api/v1/auth/login', {
            email: `${canary}@example.com`,
            password: `password-${canary}`,
            otp: '123456',
          }),
      ],
    ];
    const statuses: number[] = [];
    for (const [, , call] of requests) statuses.push((await call()).status);
    expect(statuses).toEqual([200, 404, 201, 400, 401, 401, 401]);

    const lines = await eventually('a line for every request', () => {
      const logged = logLines(api.output()).filter((l) => l.msg === 'request completed');
      return Promise.resolve(logged.length >= before + requests.length && logged.slice(before));
    });
    expect(lines).toHaveLength(requests.length);
    lines.forEach((line, index) => {
      const [method, path] = must(requests[index], `request ${index}`);
      expect(Object.keys(line).sort()).toEqual(
        ['hostname', 'level', 'ms', 'msg', 'pid', 'req', 'res', 'time'].sort(),
      );
      expect(line.req).toEqual({ id: expect.stringMatching(UUID), method, path });
      expect(line.res).toEqual({ statusCode: statuses[index] });
      expect(line.ms).toEqual(expect.any(Number));
      expect(line.level).toBe(30);
    });
    expect(new Set(lines.map((l) => l.req?.id)).size).toBe(requests.length);
    const output = api.output();
    for (const secret of [canary, '203.0.113.77', CLIENT_ADDRESS]) {
      expect({ secret, found: output.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it('logs a failed query of a sign-in through pino, with neither the typed email nor the password', async () => {
    // The application role loses its right to read staff: the sign-in query fails on the email.
    await db.query(`REVOKE SELECT ON staff FROM candor_app`);
    const email = `typed.${canary}@example.com`;
    const password = `Typed-password-${canary}`;
    try {
      const res = await json('/api/v1/auth/login', { email, password, otp: '123456' });
      expect(res.status).toBe(500);
    } finally {
      await db.query(`GRANT SELECT ON staff TO candor_app`);
    }
    const failed = await eventually('the failed query in the log', () =>
      Promise.resolve(logLines(api.output()).find((l) => l.msg === 'query failed')),
    );
    expect(failed).toMatchObject({
      level: 40,
      context: 'Database',
      db: { statement: 'SELECT', code: '42501' },
    });
    await sleep(200);
    const output = api.output();
    expect(output.includes(email)).toBe(false);
    expect(output.includes(canary)).toBe(false);
    expect(output.includes(password)).toBe(false);
    // Nothing of TypeORM's own console logger, which prints the query and its parameters.
    expect(output).not.toMatch(/query failed:|PARAMETERS/);
  });

  it('prints neither the email nor the name of a staff:create whose insert fails', async () => {
    const email = `new.${canary}@example.com`;
    const name = `Name ${canary}`;
    await db.query(`ALTER TABLE staff ADD CONSTRAINT refuse_canary CHECK (name NOT LIKE 'Name %')`);
    const { code, output } = await runToEnd(
      'cli',
      ['staff:create', '--email', email, '--name', name, '--role', 'hr'],
      { ...testEnv(db), LOG_LEVEL: 'info' },
    );
    expect(code).toBe(1);
    expect(output).toMatch(/staff:create: .*refuse_canary/);
    expect(output.includes(canary)).toBe(false);
    expect(logLines(output)).toEqual([
      expect.objectContaining({
        level: 40,
        context: 'Database',
        db: expect.objectContaining({ code: '23514', constraint: 'refuse_canary', table: 'staff' }),
      }),
    ]);
  });

  it('never logs a value PostgreSQL quotes back in its message', async () => {
    const written: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString());
        done();
      },
    });
    const dataSource = new DataSource(appDataSourceOptions(db.ownerUrl, pino(sink), 1));
    await dataSource.initialize();
    try {
      const value = `not-a-uuid-${canary}`;
      const error: unknown = await dataSource.query(`SELECT $1::uuid`, [value]).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(String(error)).toContain(canary); // PostgreSQL's message quotes it…
      expect(JSON.stringify(databaseErrorForLog(error))).not.toContain(canary); // …a log line does not
      expect(databaseErrorForLog(error)).toMatchObject({
        name: 'QueryFailedError',
        db: { statement: 'SELECT', code: '22P02' },
        stack: expect.stringMatching(/^\s+at /),
      });
    } finally {
      await dataSource.destroy();
    }
    expect(written.join('')).toContain('"code":"22P02"');
    expect(written.join('')).not.toContain(canary);
  });
});
