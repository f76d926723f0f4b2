import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { must } from '@candor/platform';
import { anonymousReport } from '../support/factories.js';
import { eventually, runToEnd, spawnApp, Spawned } from '../support/processes.js';
import { PrivatePostgres, StopMode } from '../support/postgres-server.js';
import { freePort, PrivateRedis } from '../support/redis-server.js';
import { SmtpListener } from '../support/smtp-listener.js';
import {
  caseMails,
  insertStaff,
  StaffRow,
  type WithDatabase,
} from '../notifications/notification-fixtures.js';

const DATABASE = 'candor_outage';
const CLIENTS = 4;
const OUTAGE_MS = 4_000;

interface Answer {
  readonly startedAt: number;
  readonly endedAt: number;
  readonly status: number;
  readonly retryAfter: string | null;
  readonly body: Record<string, unknown>;
}

interface Outage {
  readonly mode: StopMode;
  /** The stop was asked for (sessions start failing from here). */
  readonly stoppingAt: number;
  /** The server had exited: every request that starts after this and ends before `resumedAt` … */
  readonly downAt: number;
  /** … finds it down (the restart began here). */
  readonly resumedAt: number;
  /** When the first report was acknowledged again. */
  recoveredAt?: number;
}

/**
 * PostgreSQL stopped (fast, then immediate) under intake load, with the test's own server: the
 * API answers 503 with Retry-After while it is away and logs the outage once; nothing that was
 * acknowledged is lost; no email is sent twice, even one the mail server took while the database
 * could not record it; and the logs stay a few lines long.
 */
describe('a PostgreSQL outage under intake load', () => {
  let pg: PrivatePostgres;
  let redis: PrivateRedis;
  let smtp: SmtpListener;
  let api: Spawned;
  let worker: Spawned;
  let env: Record<string, string>;
  let baseUrl: string;
  let committee: StaffRow[];
  const answers: Answer[] = [];
  const outages: Outage[] = [];
  let apiLogFrom = 0;
  let workerLogFrom = 0;

  const owner: WithDatabase = {
    db: {
      async query(sql, params) {
        const client = new Client({ connectionString: pg.url(DATABASE) });
        await client.connect();
        try {
          return (await client.query(sql, params)).rows as never;
        } finally {
          await client.end();
        }
      },
    },
  };

  beforeAll(async () => {
    pg = await PrivatePostgres.start();
    redis = await PrivateRedis.start();
    smtp = await SmtpListener.start();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    env = {
      NODE_ENV: 'test',
      DATABASE_URL: pg.url(DATABASE, 'candor_app'),
      DATABASE_MIGRATION_URL: pg.url(DATABASE),
      REDIS_URL: redis.url,
      REDIS_PREFIX: 'candor-outage',
      SMTP_URL: smtp.url,
      PUBLIC_BASE_URL: 'https://candor.example',
      MAIL_DIR: 'var/test-mail/database-outage',
      PORT: String(port),
      HOST: '127.0.0.1',
      // The production level: what an operator would have to read through.
      LOG_LEVEL: 'info',
      NOTIFY_BACKOFF_MS: '500',
      NOTIFY_RELAY_POLL_MS: '500',
      // The load here is this test's, not an attack: the intake limit stays out of the way.
      INTAKE_REPORTS_PER_MINUTE: '100000',
      CANDOR_MASTER_KEY: process.env.CANDOR_MASTER_KEY ?? '',
      RECEIPT_PEPPER: process.env.RECEIPT_PEPPER ?? '',
      JWT_SECRET: process.env.JWT_SECRET ?? '',
    };
    const migrated = await runToEnd('cli', ['db:migrate'], env, 60_000);
    if (migrated.code !== 0) throw new Error(`db:migrate failed: ${migrated.output}`);
    committee = [
      await insertStaff(owner, 'audit_committee', { chair: true }),
      await insertStaff(owner, 'audit_committee'),
    ];
    api = spawnApp('api', [], env);
    worker = spawnApp('worker', [], env);
    await eventually(
      'the API and the worker to start',
      () => {
        for (const p of [api, worker]) {
          if (p.proc.exitCode !== null) throw new Error(`exited: ${p.output().slice(-2000)}`);
        }
        return Promise.resolve(
          api.output().includes('Candor API listening') &&
            worker.output().includes('Candor worker started'),
        );
      },
      30_000,
    );
  }, 90_000);

  afterAll(async () => {
    for (const p of [api, worker]) {
      if (p && p.proc.exitCode === null && p.proc.signalCode === null) {
        p.proc.kill('SIGKILL');
        await p.exited();
      }
    }
    await smtp?.stop();
    await redis?.stop();
    await pg?.destroy();
  });

  async function submit(): Promise<void> {
    const startedAt = Date.now();
    let status = 0;
    let retryAfter: string | null = null;
    let body: Record<string, unknown> = {};
    try {
      const res = await fetch(`${baseUrl}/api/v1/intake/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(anonymousReport()),
        signal: AbortSignal.timeout(15_000),
      });
      status = res.status;
      retryAfter = res.headers.get('retry-after');
      body = (await res.json()) as Record<string, unknown>;
    } catch {
      status = -1; // no answer at all
    }
    const answer = { startedAt, endedAt: Date.now(), status, retryAfter, body };
    answers.push(answer);
    const last = outages.at(-1);
    if (status === 201 && last && !last.recoveredAt && startedAt > last.resumedAt) {
      last.recoveredAt = answer.endedAt;
    }
  }

  async function stopDatabase(mode: StopMode): Promise<void> {
    // Emails in flight when the database goes: the mail server takes them only after it is gone,
    // so their record fails and the retry must not send them again.
    smtp.hold();
    await eventually('emails in flight', () => Promise.resolve(smtp.heldCount >= 2), 15_000, 20);
    const stoppingAt = Date.now();
    await pg.stop(mode);
    const downAt = Date.now();
    smtp.release();
    await sleep(OUTAGE_MS);
    const resumedAt = Date.now();
    outages.push({ mode, stoppingAt, downAt, resumedAt });
    await pg.resume();
  }

  it('answers 503 with Retry-After while the database is away and loses nothing it acknowledged', async () => {
    apiLogFrom = api.output().length;
    workerLogFrom = worker.output().length;
    let loading = true;
    const clients = Array.from({ length: CLIENTS }, async () => {
      while (loading) {
        await submit();
        await sleep(25);
      }
    });
    await sleep(2_000);
    await stopDatabase('fast');
    await sleep(3_000);
    await stopDatabase('immediate');
    await sleep(3_000);
    loading = false;
    await Promise.all(clients);

    const statuses = new Set(answers.map((a) => a.status));
    expect([...statuses].sort()).toEqual([201, 503]);
    for (const outage of outages) {
      const whileDown = answers.filter(
        (a) => a.startedAt > outage.downAt && a.endedAt < outage.resumedAt,
      );
      expect(whileDown.length).toBeGreaterThan(10);
      for (const answer of whileDown) {
        expect(answer.status).toBe(503);
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
        expect(answer.body).toEqual({
          statusCode: 503,
          error: 'Service Unavailable',
          message: expect.any(String),
        });
      }
      // Back within seconds of the restart (the restart itself takes a moment).
      expect(outage.recoveredAt).toBeDefined();
      process.stdout.write(
        `${outage.mode} stop: ${whileDown.length} answers of 503 while down; reports acknowledged again ${(outage.recoveredAt ?? 0) - outage.resumedAt} ms after the restart began\n`,
      );
      expect((outage.recoveredAt ?? Infinity) - outage.resumedAt).toBeLessThan(10_000);
    }

    const acknowledged = answers
      .filter((a) => a.status === 201)
      .map((a) => a.body.reference as string);
    expect(acknowledged.length).toBeGreaterThan(20);
    const stored = await owner.db.query<{ reference: string; events: string }>(
      `SELECT c.reference, (SELECT count(*)::text FROM outbox o WHERE o.case_id = c.id AND o.event = 'case.created') AS events
         FROM cases c`,
    );
    const references = new Set(stored.map((c) => c.reference));
    expect(acknowledged.filter((r) => !references.has(r))).toEqual([]);
    // No case without its notification event (it was written in the same transaction).
    expect(stored.filter((c) => c.events !== '1')).toEqual([]);

    const verified = await runToEnd('cli', ['audit:verify'], env);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.output.trim().split('\n').at(-1) ?? '{}')).toMatchObject({
      valid: true,
    });
  });

  it('sends every email exactly once, including those the mail server took while the database was away', async () => {
    const [count] = await owner.db.query<{ cases: string }>(
      `SELECT count(*)::text AS cases FROM cases`,
    );
    const expected = Number(must(count, 'a count of cases').cases) * committee.length;
    await eventually(
      `${expected} emails (got ${caseMails(smtp).length})`,
      () => Promise.resolve(caseMails(smtp).length >= expected),
      60_000,
      200,
    );
    // Then until no job is left that could still send one: only then is "no duplicate" a finding.
    const queues = ['notification-events', 'notification-deliveries'].map(
      (name) => new Queue(name, { connection: { port: redis.port }, prefix: env.REDIS_PREFIX }),
    );
    try {
      await eventually(
        'the notification queues to drain',
        async () => {
          for (const queue of queues) {
            const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
            if (Object.values(counts).some((n) => n > 0)) return false;
          }
          return true;
        },
        60_000,
        200,
      );
      const failed = await Promise.all(queues.map((q) => q.getJobCounts('failed')));
      expect(failed.map((f) => f.failed)).toEqual([0, 0]);
    } finally {
      await Promise.all(queues.map((q) => q.close()));
    }

    const mails = caseMails(smtp);
    const sent = mails.map((m) => `${m.to.join(',')} ${m.messageId}`);
    expect(sent.length - new Set(sent).size).toBe(0);
    expect(mails).toHaveLength(expected);
    const acceptedWhileDown = smtp.attempts.filter(
      (a) =>
        a.outcome === 'accepted' && outages.some((o) => a.at >= o.downAt && a.at < o.resumedAt),
    );
    // The case this test is about did happen: the database could not record these at first.
    expect(acceptedWhileDown.length).toBeGreaterThanOrEqual(2);
    const [deliveries] = await owner.db.query<{ recorded: string }>(
      `SELECT count(*)::text AS recorded FROM notification_deliveries
        WHERE status = 'sent' AND event = 'case.created'`,
    );
    expect(Number(must(deliveries, 'a count of deliveries').recorded)).toBe(expected);
  });

  it('logs each outage in a few lines, without a stack trace per request or job', () => {
    const apiLog = api.output().slice(apiLogFrom);
    const workerLog = worker.output().slice(workerLogFrom);
    // Request logs (one line per request, no stack) are left out. The rest is bounded by what was
    // in flight when the database went, not by the load or the outage's length: TypeORM's own
    // query-error lines (one per statement, however many lines it spans) for each pooled
    // connection (10 per process) that was busy or idle, and each process's own lines.
    const entries = (log: string) =>
      log
        .split('\n')
        .filter(
          (line) => (line.startsWith('{') && !/"req":\{/.test(line)) || /^query failed:/.test(line),
        );
    process.stdout.write(
      `api: ${apiLog.length} bytes, ${entries(apiLog).length} entries besides request logs; worker: ${workerLog.length} bytes, ${entries(workerLog).length} entries\n`,
    );
    const tooMany = (log: string) => (entries(log).length > 120 ? entries(log) : []);
    expect(tooMany(apiLog)).toEqual([]);
    expect(tooMany(workerLog)).toEqual([]);
    expect(apiLog).not.toMatch(/"stack"|\n\s+at /);
    expect(workerLog).not.toMatch(/"stack"|\n\s+at /);
    for (const log of [apiLog, workerLog]) {
      const said = (what: string) =>
        log
          .split('\n')
          .filter((line) => line.startsWith('{') && line.includes(what))
          .map((line) => (JSON.parse(line) as { time: number }).time);
      const down = said('PostgreSQL unavailable');
      const back = said('PostgreSQL available again');
      // Once as each outage began, once when it was over (before the next one began).
      outages.forEach((outage, n) => {
        const until = outages[n + 1]?.stoppingAt ?? outage.resumedAt + 15_000;
        expect(down.filter((t) => t >= outage.stoppingAt && t <= outage.resumedAt)).toHaveLength(1);
        expect(back.filter((t) => t > outage.resumedAt && t < until)).toHaveLength(1);
      });
      expect(down).toHaveLength(back.length);
    }
    // The fan-outs and sends that failed meanwhile are counted in the worker's closing lines.
    expect(workerLog).toMatch(/failed meanwhile: .*(fan-out jobs|email jobs)/);
  });
});
