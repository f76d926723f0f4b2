import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { must } from '@candor/platform';
import { anonymousReport, namedReport, PDF, photoWithLocation } from '../support/factories.js';
import { multipartBody, RawResponse, send } from '../support/http-client.js';
import { eventually, ROOT, runToEnd, spawnApp, Spawned } from '../support/processes.js';
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

/**
 * A browser without a browser: cookies kept as a browser keeps them, and the CSRF token read off
 * each form, so the pages can be walked with the canary headers on every request.
 */
class PageWalker {
  private readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(
    private readonly call: (path: string, init: Parameters<typeof send>[1]) => Promise<RawResponse>,
  ) {}

  async get(path: string): Promise<RawResponse> {
    return this.remember(await this.call(path, { headers: this.cookieHeader() }));
  }

  async post(path: string, fields: Record<string, string>): Promise<RawResponse> {
    const body = new URLSearchParams({ _csrf: this.csrf, website: '', ...fields }).toString();
    return this.remember(
      await this.call(path, {
        method: 'POST',
        headers: { ...this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }),
    );
  }

  async postFiles(
    path: string,
    fields: Record<string, string>,
    files: Array<{ name: string; content: Buffer }>,
  ) {
    const form = multipartBody({ _csrf: this.csrf, website: '', ...fields }, files);
    return this.remember(
      await this.call(path, {
        method: 'POST',
        headers: { ...this.cookieHeader(), 'content-type': form.contentType },
        body: form.body,
      }),
    );
  }

  private cookieHeader(): Record<string, string> {
    const header = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return header ? { cookie: header } : {};
  }

  private remember(response: RawResponse): RawResponse {
    const setCookies = response.headers['set-cookie'] ?? [];
    for (const line of Array.isArray(setCookies) ? setCookies : [setCookies]) {
      const [pair] = line.split(';');
      const [name, value] = must(pair, 'a name=value pair').split('=');
      const cookie = must(name, 'a cookie name');
      if (/Expires=Thu, 01 Jan 1970/.test(line)) this.cookies.delete(cookie);
      else this.cookies.set(cookie, must(value, `a value for cookie ${cookie}`));
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrf = token;
    return response;
  }
}

describe('reporter routes leave no network identifier behind', () => {
  let db: TestDatabase;
  let api: Spawned;
  let worker: Spawned;
  let base: string;
  let mailDir: string;
  const userAgent = `CanaryBrowser/${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Debug-level logging: the most the server would ever write about a request.
    const env = testEnv(db, { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'debug' });
    mailDir = join(ROOT, env.MAIL_DIR);
    api = spawnApp('api', [], env);
    // The worker writes the emails of these reports (as .eml files, there being no SMTP server)
    // to a member of the Audit Committee, so that mail can be searched for canaries too.
    const staff = await runToEnd(
      'cli',
      [
        'staff:create',
        '--email',
        'ac.canary@candor.example',
        '--name',
        'Avery Chair',
        '--role',
        'audit_committee',
      ],
      env,
    );
    expect(staff.code).toBe(0);
    worker = spawnApp('worker', [], { ...env, NOTIFY_RELAY_POLL_MS: '300' });
    await eventually(
      'the API to listen',
      async () => (await send(`${base}/health`)).status === 200,
      20_000,
    );
  });
  afterAll(async () => {
    api.proc.kill('SIGTERM');
    worker.proc.kill('SIGTERM');
    await Promise.all([api.exited(), worker.exited()]);
    await db.drop();
    await rm(mailDir, { recursive: true, force: true });
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

    // The same through the pages, as a browser without JavaScript would send it.
    const pages = new PageWalker(call);
    expect((await pages.get('/')).status).toBe(200);
    expect((await pages.get('/report/concern')).status).toBe(200);
    expect((await pages.post('/report/concern', { concernType: 'accounting' })).status).toBe(303);
    expect(
      (
        await pages.post('/report/what-happened', {
          title: 'Inventory counted twice',
          description: 'The year-end count included consigned stock held for a customer.',
        })
      ).status,
    ).toBe(303);
    expect((await pages.post('/report/when-where', { location: 'Main warehouse' })).status).toBe(
      303,
    );
    expect((await pages.post('/report/people', { 'implicated-0-role': 'finance' })).status).toBe(
      303,
    );
    expect(
      (
        await pages.postFiles('/report/files', { action: 'continue' }, [
          { name: 'count-sheet.jpg', content: await photoWithLocation() },
        ])
      ).status,
    ).toBe(303);
    expect((await pages.post('/report/about-you', { anonymous: 'anonymous' })).status).toBe(303);
    expect((await pages.get('/report/check')).status).toBe(200);
    expect((await pages.post('/report/check', {})).status).toBe(303);
    const receiptPage = await pages.get('/report/receipt');
    const groups = [...receiptPage.body.matchAll(/<span>([0-9A-Z]{4})<\/span>/g)].map((m) => m[1]);
    expect(groups).toHaveLength(6);
    await pages.get('/follow-up');
    expect(
      (await pages.post('/follow-up', { receipt: 'WRNG WRNG WRNG WRNG WRNG WRNG' })).status,
    ).toBe(401);
    expect((await pages.post('/follow-up', { receipt: groups.join(' ') })).status).toBe(303);
    expect((await pages.get('/follow-up/case')).status).toBe(200);
    expect((await pages.post('/follow-up/messages', { message: 'One more detail.' })).status).toBe(
      303,
    );
    const retaliation = await pages.get('/follow-up/retaliation');
    const submission = /name="submission" value="([^"]+)"/.exec(retaliation.body)?.[1] ?? '';
    expect(
      (await pages.post('/follow-up/retaliation', { submission, description: 'I was moved.' }))
        .status,
    ).toBe(303);
    expect((await pages.get('/follow-up/retaliation/receipt')).status).toBe(200);
    expect((await pages.post('/follow-up/sign-out', {})).status).toBe(303);

    const mail = await eventually(
      'the emails of these reports',
      async () => {
        const files = await readdir(mailDir).catch(() => []);
        if (files.length < 4) return undefined;
        return (await Promise.all(files.map((f) => readFile(join(mailDir, f), 'utf8')))).join('\n');
      },
      30_000,
    );

    await sleep(500); // let the last log lines flush
    const dump = execFileSync('pg_dump', ['--data-only', '--no-owner', db.ownerUrl], {
      maxBuffer: 256 * 1024 * 1024,
    }).toString('latin1');
    const redis = await dumpRedis(testEnv(db).REDIS_PREFIX);
    const logs = `${api.output()}\n${worker.output()}`;
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).toContain('/api/v1/reporter/case'); // requests were logged, just without identifiers

    expect(logs).toContain('/report/check'); // the pages were logged too, without identifiers
    for (const [where, text] of [
      ['the database', dump],
      ['Redis', redis],
      ['the logs', logs],
      ['the mail', mail],
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
