import { randomBytes, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import request from 'supertest';
import { must } from '@candor/platform';
import { eventually, spawnApp, Spawned } from '../support/processes.js';
import { PrivateRedis } from '../support/redis-server.js';
import { SmtpListener, type CapturedMail } from '../support/smtp-listener.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import type { TestDatabase } from '../support/test-database.js';

export type Role =
  'general_counsel' | 'cfo' | 'audit_committee' | 'board' | 'investigator' | 'hr' | 'admin';

export interface StaffRow {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
}

/** Anything with a database to write to as the schema owner (a TestApp, or a private server's). */
export interface WithDatabase {
  readonly db: Pick<TestDatabase, 'query'>;
}

/**
 * A staff row written directly as the schema owner: notifications need recipients, not sign-ins,
 * so the password hash, TOTP secret and indexes are placeholders.
 */
export async function insertStaff(
  sut: WithDatabase,
  role: Role,
  options: { chair?: boolean; digest?: boolean; disabled?: boolean } = {},
): Promise<StaffRow> {
  const id = randomUUID();
  const email = `${role.replace('_', '-')}.${id.slice(0, 8)}@staff.example`;
  await sut.db.query(
    `INSERT INTO staff (id, email, name, role, password_hash, totp_secret_enc, name_index, email_index,
       is_chair, notification_mode, disabled_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'not-a-hash', $5, $6, $7, $8, $9, $10, now(), now())`,
    [
      id,
      email,
      `Staff ${role} ${id.slice(0, 4)}`,
      role,
      randomBytes(16),
      randomBytes(32),
      randomBytes(32),
      options.chair ?? false,
      options.digest ? 'daily_digest' : 'immediate',
      options.disabled ? new Date() : null,
    ],
  );
  return { id, email, role };
}

export interface SubmittedCase {
  readonly reference: string;
  readonly receipt: string;
  readonly caseId: string;
}

export async function submitReport(
  sut: TestApp,
  body: Record<string, unknown>,
): Promise<SubmittedCase> {
  const res = await request(sut.app.getHttpServer()).post('/api/v1/intake/reports').send(body);
  if (res.status !== 201) throw new Error(`intake answered ${res.status}`);
  const [row] = await sut.db.query<{ id: string }>(`SELECT id FROM cases WHERE reference = $1`, [
    res.body.reference,
  ]);
  const caseId = must(row, `case ${res.body.reference}`).id;
  return { reference: res.body.reference, receipt: res.body.receipt, caseId };
}

/** Makes a staff member an implicated party of the case, which recuses them. */
export async function implicate(sut: TestApp, caseId: string, staffId: string): Promise<void> {
  await sut.db.query(
    `INSERT INTO case_parties (id, case_id, kind, role, staff_id, staff_match, created_at)
     VALUES ($1, $2, 'implicated', 'executive_officer', $3, 'confirmed', now())`,
    [randomUUID(), caseId, staffId],
  );
}

/**
 * One test file's world: its own PostgreSQL database, its own redis-server, an SMTP listener, the
 * API on the same stack, and built worker processes pointed at all three.
 */
export interface NotificationWorld {
  readonly sut: TestApp;
  readonly redis: PrivateRedis;
  readonly smtp: SmtpListener;
  readonly env: Record<string, string>;
  readonly workers: Spawned[];
  startWorker(extraEnv?: Record<string, string>): Promise<Spawned>;
  close(): Promise<void>;
}

export async function startWorld(
  settings: Record<string, string> = {},
): Promise<NotificationWorld> {
  const redis = await PrivateRedis.start();
  const smtp = await SmtpListener.start();
  const sut = await startTestApp({
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    PUBLIC_BASE_URL: 'https://candor.example',
    NOTIFY_BACKOFF_MS: '200',
    NOTIFY_RELAY_POLL_MS: '500',
    ...settings,
  });
  const workers: Spawned[] = [];
  return {
    sut,
    redis,
    smtp,
    env: sut.env,
    workers,
    async startWorker(extraEnv = {}) {
      const worker = spawnApp('worker', [], { ...sut.env, LOG_LEVEL: 'info', ...extraEnv });
      workers.push(worker);
      await eventually(
        'the worker to start',
        () => {
          if (worker.proc.exitCode !== null) {
            throw new Error(`the worker exited: ${worker.output().slice(-2000)}`);
          }
          return Promise.resolve(worker.output().includes('Candor worker started'));
        },
        30_000,
      );
      return worker;
    },
    async close() {
      for (const worker of workers) {
        if (worker.proc.exitCode === null && worker.proc.signalCode === null) {
          worker.proc.kill('SIGKILL');
          await worker.exited();
        }
      }
      await sut.close();
      await smtp.stop();
      await redis.stop();
    },
  };
}

export const CASE_SUBJECT = 'Candor: a case needs your attention';

/** The emails about cases (leaving out the daily audit head and digests). */
export function caseMails(smtp: SmtpListener): CapturedMail[] {
  return smtp.messages.filter((m) => m.subject === CASE_SUBJECT);
}

/** Waits until `count` case emails have been accepted (or fails naming how many did arrive). */
export async function mailsArrive(
  smtp: SmtpListener,
  count: number,
  timeoutMs = 10_000,
): Promise<CapturedMail[]> {
  return eventually(
    `${count} case emails (got ${caseMails(smtp).length})`,
    () => Promise.resolve(caseMails(smtp).length >= count ? caseMails(smtp) : undefined),
    timeoutMs,
    50,
  );
}

/**
 * Resolves when nothing more can be sent: every outbox row relayed, and no fan-out or send job
 * waiting, delayed or running. (The relay adds jobs before it marks rows relayed, and a fan-out
 * adds its send jobs before it completes, so there is no moment in between.) A test that asserts
 * that something was not sent waits for this first: after a mere sleep it would pass without
 * testing anything whenever the worker is slow.
 */
export async function notificationsSettled(
  world: Pick<NotificationWorld, 'sut' | 'redis' | 'env'>,
  timeoutMs = 20_000,
): Promise<void> {
  const queues = ['notification-events', 'notification-deliveries'].map(
    (name) =>
      new Queue(name, {
        connection: { host: '127.0.0.1', port: world.redis.port },
        prefix: world.env.REDIS_PREFIX,
      }),
  );
  try {
    await eventually(
      'every notification to be sent or given up',
      async () => {
        const [count] = await world.sut.db.query<{ unrelayed: number }>(
          `SELECT count(*)::int AS unrelayed FROM outbox WHERE relayed_at IS NULL`,
        );
        if (must(count, 'a count of the outbox').unrelayed > 0) return false;
        for (const queue of queues) {
          const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
          if (Object.values(counts).some((n) => n > 0)) return false;
        }
        return true;
      },
      timeoutMs,
      100,
    );
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
  }
}

/** Resolves when `count` scheduled scans have completed after `since` (a Date.now() value). */
export async function scansCompleted(
  world: Pick<NotificationWorld, 'redis' | 'env'>,
  since: number,
  count: number,
  timeoutMs = 20_000,
): Promise<void> {
  const queue = new Queue('notification-schedule', {
    connection: { host: '127.0.0.1', port: world.redis.port },
    prefix: world.env.REDIS_PREFIX,
  });
  try {
    await eventually(
      `${count} scans after ${new Date(since).toISOString()}`,
      async () => {
        const recent = await queue.getJobs(['completed'], 0, count + 5);
        return recent.filter((job) => (job.finishedOn ?? 0) > since).length >= count;
      },
      timeoutMs,
      100,
    );
  } finally {
    await queue.close();
  }
}

/** Everything a recipient could read in an email: subject, both bodies and every header. */
export function readable(mail: CapturedMail): string {
  return [mail.subject, mail.text, mail.html, mail.raw].join('\n');
}
