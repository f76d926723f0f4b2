import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { anonymousReport, namedReport, PDF, photoWithLocation } from '../support/factories.js';
import { multipartBody, send } from '../support/http-client.js';
import { eventually, spawnApp, Spawned } from '../support/processes.js';
import { freePort } from '../support/redis-server.js';
import { testEnv } from '../support/test-app.js';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';
import { SHARED_REDIS_URL } from '../support/test-env.js';

const CANARY_IP = '203.0.113.77';
const CLIENT_ADDRESS = '127.0.0.77';

/** Every value of every key under a prefix, as text, so a canary anywhere in Redis is found. */
async function dumpRedis(prefix: string): Promise<string> {
  const redis = new Redis(SHARED_REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}*`);
    const values = await Promise.all(
      keys.map(async (key) => {
        const type = await redis.type(key);
        switch (type) {
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
            return type;
        }
      }),
    );
    return [...keys, ...values].join('\n');
  } finally {
    redis.disconnect();
  }
}

describe('reporter routes leave no network identifier behind', () => {
  let db: TestDatabase;
  let api: Spawned;
  let base: string;
  const userAgent = `CanaryBrowser/${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Debug-level logging: the most the server would ever write about a request.
    api = spawnApp(
      'api',
      [],
      testEnv(db, { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'debug' }),
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

  it('stores and logs no IP address, forwarded address or user agent on any reporter route', async () => {
    const headers = {
      'user-agent': userAgent,
      'x-forwarded-for': CANARY_IP,
      'x-real-ip': CANARY_IP,
      forwarded: `for=${CANARY_IP}`,
    };
    const call = (
      path: string,
      init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
    ) =>
      send(`${base}${path}`, {
        ...init,
        headers: { ...headers, ...init.headers },
        localAddress: CLIENT_ADDRESS,
      });
    const jsonCall = (path: string, body: unknown, token?: string) =>
      call(path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });

    expect((await call('/api/v1/intake/concern-types')).status).toBe(200);
    const named = await jsonCall('/api/v1/intake/reports', namedReport());
    expect(named.status).toBe(201);
    const form = multipartBody({ report: JSON.stringify(anonymousReport()) }, [
      { name: 'photo.jpg', content: await photoWithLocation() },
    ]);
    const anonymous = await call('/api/v1/intake/reports', {
      method: 'POST',
      headers: { 'content-type': form.contentType },
      body: form.body,
    });
    expect(anonymous.status).toBe(201);

    expect(
      (await jsonCall('/api/v1/reporter/session', { receipt: 'WRNG-WRNG-WRNG-WRNG-WRNG-WRNG' }))
        .status,
    ).toBe(401);
    const session = await jsonCall('/api/v1/reporter/session', {
      receipt: anonymous.json<{ receipt: string }>().receipt,
    });
    expect(session.status).toBe(200);
    const token = session.json<{ token: string }>().token;
    const auth = { authorization: `Bearer ${token}` };

    expect((await call('/api/v1/reporter/case', { headers: auth })).status).toBe(200);
    expect(
      (await jsonCall('/api/v1/reporter/messages', { body: 'More detail follows.' }, token)).status,
    ).toBe(201);
    const files = multipartBody({}, [{ name: 'ledger.pdf', content: PDF }]);
    expect(
      (
        await call('/api/v1/reporter/attachments', {
          method: 'POST',
          headers: { ...auth, 'content-type': files.contentType },
          body: files.body,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await jsonCall(
          '/api/v1/reporter/retaliation',
          { description: 'I was moved off the team.' },
          token,
        )
      ).status,
    ).toBe(201);
    expect((await jsonCall('/api/v1/intake/reports', { concernType: 'nope' })).status).toBe(400);

    await sleep(500); // let the last log lines flush
    const dump = execFileSync('pg_dump', ['--data-only', '--no-owner', db.ownerUrl], {
      maxBuffer: 256 * 1024 * 1024,
    }).toString('latin1');
    const redis = await dumpRedis(testEnv(db).REDIS_PREFIX);
    const logs = api.output();
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).toContain('/api/v1/reporter/case'); // requests were logged, just without identifiers

    for (const [where, text] of [
      ['the database', dump],
      ['Redis', redis],
      ['the logs', logs],
    ] as const) {
      for (const canary of [CANARY_IP, CLIENT_ADDRESS, userAgent, 'CanaryBrowser']) {
        expect({ where, found: text.includes(canary) }).toEqual({ where, found: false });
      }
    }
    // Nor the report's content or the reporter's identity in the logs.
    for (const secret of [
      'Dana Whitfield',
      'dana.whitfield@example.com',
      'remarks about my accent',
      token,
    ]) {
      expect(logs.includes(secret)).toBe(false);
    }
  });
});
