// The bench's own world: a private build, dedicated databases, a dedicated Redis prefix, free
// ports, production-mode API and worker, and staff accounts created the way an operator would.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Redis } from 'ioredis';
import { generate } from 'otplib';
import pg from 'pg';
import { API_FLAGS, HEAP_FLAGS } from '../scripts/heap-flags.js';
import {
  DIST,
  freePort,
  httpJson,
  PINNING,
  ROOT,
  run,
  startProcess,
  stopProcess,
  tail,
  waitFor,
} from './support.js';

export const DATABASE = 'candor_bench';
export const AUDIT_DATABASE = 'candor_bench_audit';
export const REDIS_PREFIX = 'candor-bench';
const PG_HOST = process.env.BENCH_PG_HOST ?? '127.0.0.1:5432';
export const OWNER_URL = (db) => `postgres://postgres@${PG_HOST}/${db}`;
export const APP_URL = (db) => `postgres://candor_app@${PG_HOST}/${db}`;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const CLI = join(DIST, 'apps/cli/src/main.js');
export const API = join(DIST, 'apps/api/src/main.js');
export const WORKER = join(DIST, 'apps/worker/src/main.js');
const LIFT_LIMITS = join(ROOT, 'bench/lift-route-limits.js');

/**
 * Compiles apps and libs into var/bench/dist rather than dist/: other engineers rebuild dist/ at
 * any time (`rm -rf dist` first), which would pull the code from under a running bench.
 */
export async function buildApps() {
  rmSync(DIST, { recursive: true, force: true });
  const attempt = async () => {
    await run([join(ROOT, 'node_modules/.bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', DIST]);
    await run([
      join(ROOT, 'node_modules/.bin/tsc-alias'),
      '-p',
      'tsconfig.build.json',
      '--outDir',
      DIST,
    ]);
    await run([process.execPath, join(ROOT, 'scripts/copy-assets.js'), relative(ROOT, DIST)]);
  };
  try {
    await attempt();
  } catch {
    // A file saved half-way by someone else: one more try before giving up.
    await attempt();
  }
}

/** Production settings for API, worker and CLI, with fresh secrets for this run. */
export async function benchEnvironment({ smtpUrl }) {
  const secret = () => randomBytes(32).toString('base64');
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: APP_URL(DATABASE),
    DATABASE_MIGRATION_URL: OWNER_URL(DATABASE),
    REDIS_URL,
    REDIS_PREFIX,
    CANDOR_MASTER_KEY: secret(),
    RECEIPT_PEPPER: secret(),
    JWT_SECRET: secret(),
    LOG_LEVEL: 'info',
    // The bench measures the route, not the intake limit (300 a minute by default).
    INTAKE_REPORTS_PER_MINUTE: '100000000',
    // The shipped default: the receipt scenario shows it engaging.
    RECEIPT_FAILURES_PER_MINUTE: '60',
    PUBLIC_BASE_URL: `http://localhost:${port}`,
    MAIL_DIR: join(ROOT, 'var/bench/mail'),
    // The reminder scan would otherwise run at boot and every 15 minutes over the seeded cases.
    NOTIFY_SCAN_INTERVAL_MS: String(24 * 3600 * 1000),
  };
  if (smtpUrl) env.SMTP_URL = smtpUrl;
  return { env, apiUrl: `http://127.0.0.1:${port}` };
}

export function withDatabase(env, db) {
  return { ...env, DATABASE_URL: APP_URL(db), DATABASE_MIGRATION_URL: OWNER_URL(db) };
}

/** Drops the bench database (only ever one named candor_bench*) and migrates it from scratch. */
export async function recreateDatabase(env, db) {
  if (!db.startsWith('candor_bench')) throw new Error(`refusing to drop ${db}`);
  const client = new pg.Client({ connectionString: OWNER_URL('postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await run([process.execPath, CLI, 'db:migrate'], { env: withDatabase(env, db) });
}

export async function dropDatabase(db) {
  if (!db.startsWith('candor_bench')) return;
  const client = new pg.Client({ connectionString: OWNER_URL('postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export async function ownerClient(db) {
  const client = new pg.Client({ connectionString: OWNER_URL(db) });
  await client.connect();
  return client;
}

/**
 * Waits until the worker has fanned out every notification event queued so far (the wait, active,
 * prioritized and delayed sets of its BullMQ queue are empty) and relayed the whole outbox. Intake
 * writes reports faster than the worker, on the API's core, fans their events out.
 */
export async function drainNotificationEvents(timeoutMs = 300_000) {
  const queue = `${REDIS_PREFIX}:notification-events`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const client = await ownerClient(DATABASE);
  const started = Date.now();
  try {
    await waitFor(
      'the worker to fan out the notification events queued so far',
      async () => {
        const { rows } = await client.query(
          'SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL',
        );
        const pending = await Promise.all([
          redis.llen(`${queue}:wait`),
          redis.llen(`${queue}:active`),
          redis.zcard(`${queue}:prioritized`),
          redis.zcard(`${queue}:delayed`),
        ]);
        return rows[0].n === 0 && pending.every((n) => n === 0);
      },
      { timeoutMs, intervalMs: 500 },
    );
    return Date.now() - started;
  } finally {
    redis.disconnect();
    await client.end();
  }
}

/**
 * Marks the notifications kept for nobody as settled. The reports of the scenarios before the
 * first staff account had nobody to tell, so each one's notification was kept until someone can
 * receive it (UnannouncedEventsService), and creating that account would hand all of them to it
 * at once: thousands of emails, which a report timed after them would wait behind. They are the
 * bench's own leftovers, not what any scenario measures.
 */
export async function settleKeptNotifications() {
  const client = await ownerClient(DATABASE);
  try {
    const { rowCount } = await client.query(
      "UPDATE notification_unannounced SET resolved_at = now(), resolution = 'gone' WHERE resolved_at IS NULL",
    );
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/** Deletes every Redis key under the bench's prefix (and only those). */
export async function clearRedis(pattern = `${REDIS_PREFIX}:*`) {
  if (!pattern.startsWith(`${REDIS_PREFIX}:`)) throw new Error(`refusing to clear ${pattern}`);
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * The API, pinned to the server core, with the heap flags `npm start` gives it (extra flags come
 * after them, so they win). The preload lifts the fixed in-process route limits (see
 * lift-route-limits.js): without it the HTTP figures would measure 429 answers.
 */
export async function startApi(env, apiUrl, nodeArgs = []) {
  const args = [...API_FLAGS, ...nodeArgs, '--import', LIFT_LIMITS, API];
  const proc = startProcess('api', [process.execPath, ...args], {
    env,
    cpu: PINNING.server,
  });
  await waitForProcess(proc, 'the API to answer /health', async () => {
    const health = await httpJson(`${apiUrl}/health`);
    return health.status === 200;
  });
  return proc;
}

export async function startWorker(env, nodeArgs = []) {
  const proc = startProcess('worker', [process.execPath, ...HEAP_FLAGS, ...nodeArgs, WORKER], {
    env,
    cpu: PINNING.server,
  });
  await waitForProcess(proc, 'the worker to start', async () =>
    /Candor worker started/.test(tail(proc.log, 200)),
  );
  return proc;
}

async function waitForProcess(proc, what, check) {
  let exited = false;
  void proc.exited.then(() => (exited = true));
  try {
    await waitFor(what, async () => {
      if (exited) throw new Error(`${proc.name} exited:\n${tail(proc.log)}`);
      return check();
    });
  } catch (error) {
    await stopProcess(proc);
    throw error;
  }
}

let staffCounter = 0;

/** A staff member created through the CLI (`staff:create`), as an operator would. */
export async function createStaff(env, role) {
  staffCounter += 1;
  const email = `bench.${role}.${staffCounter}.${Date.now().toString(36)}@candor.example`;
  const password = `Bench-password-${randomBytes(6).toString('hex')}`;
  const { json } = await run(
    [
      process.execPath,
      CLI,
      'staff:create',
      '--email',
      email,
      '--name',
      `Bench ${role} ${staffCounter}`,
      '--role',
      role,
      '--password',
      password,
    ],
    { env, json: true },
  );
  return { id: json.id, email, password, totpSecret: json.totpSecret, role };
}

/** Signs in with password and a fresh TOTP code; returns the 15-minute access token. */
export async function signIn(apiUrl, staff) {
  const otp = await generate({ secret: staff.totpSecret });
  const response = await httpJson(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    body: { email: staff.email, password: staff.password, otp },
  });
  if (response.status !== 200)
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.accessToken;
}

/**
 * A console browser session for the staff member, through the sign-in page as a browser signs in
 * (the form's CSRF cookie and token, then email, password and code). The code is the next one:
 * `signIn` may have spent the current one, and each is accepted once.
 */
export async function signInConsole(apiUrl, staff) {
  const cookiesOf = (response) => response.headers.getSetCookie().map((c) => c.split(';')[0]);
  const form = await fetch(`${apiUrl}/staff/sign-in`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const otp = await generate({
    secret: staff.totpSecret,
    epoch: Math.floor(Date.now() / 1000) + 30,
  });
  const response = await fetch(`${apiUrl}/staff/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookiesOf(form).join('; '),
    },
    body: new URLSearchParams({ _csrf: csrf, email: staff.email, password: staff.password, otp }),
  });
  const session = cookiesOf(response).find((cookie) => /candor-staff=/.test(cookie));
  if (response.status !== 303 || !session)
    throw new Error(`console sign-in failed: ${response.status}`);
  return session;
}
