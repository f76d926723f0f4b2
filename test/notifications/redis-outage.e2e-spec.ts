import { must } from '@candor/platform';
import { anonymousReport } from '../support/factories.js';
import { eventually } from '../support/processes.js';
import {
  caseMails,
  insertStaff,
  mailsArrive,
  notificationsSettled,
  NotificationWorld,
  StaffRow,
  startWorld,
  submitReport,
} from './notification-fixtures.js';

const REPORTS = 100;
const BEFORE_OUTAGE = 30;

describe('notifications while Redis is away', () => {
  let world: NotificationWorld;
  let committee: StaffRow[];
  let gc: StaffRow;

  beforeAll(async () => {
    // A short scan interval, so that the check for a lost scheduler runs every 2 s.
    world = await startWorld({ NOTIFY_SCAN_INTERVAL_MS: '2000' });
    committee = [
      await insertStaff(world.sut, 'audit_committee', { chair: true }),
      await insertStaff(world.sut, 'audit_committee'),
    ];
    gc = await insertStaff(world.sut, 'general_counsel');
    await world.startWorker();
  });
  afterAll(() => world.close());

  /** Transactions rolled back in this file's database (flushed by each backend within a second). */
  const rollbacks = async () => {
    const [stats] = await world.sut.db.query<{ n: string }>(
      `SELECT xact_rollback::text AS n FROM pg_stat_database WHERE datname = current_database()`,
    );
    return Number(must(stats, 'the statistics of this database').n);
  };

  it('commits all 100 reports while Redis is stopped, then delivers every email exactly once within 60 s of its return', async () => {
    const references: string[] = [];
    for (let i = 0; i < BEFORE_OUTAGE; i += 1) {
      references.push((await submitReport(world.sut, anonymousReport())).reference);
    }
    // Stopped once nothing is in flight: this Redis keeps no data across a restart (production
    // runs Redis with AOF, which keeps queued jobs through a restart).
    await mailsArrive(world.smtp, BEFORE_OUTAGE * committee.length, 30_000);
    await world.redis.stop();

    for (let i = BEFORE_OUTAGE; i < REPORTS; i += 1) {
      references.push((await submitReport(world.sut, anonymousReport())).reference);
    }
    const [count] = await world.sut.db.query<{ cases: string }>(
      `SELECT count(*)::text AS cases FROM cases`,
    );
    expect(Number(must(count, 'a count of cases').cases)).toBe(REPORTS);
    // Each relay pass that cannot reach Redis rolls its transaction back: two of them after the
    // last report means the relay has had its chances, and must have left the rows alone.
    const before = await rollbacks();
    await eventually(
      'two relay passes to give up',
      async () => (await rollbacks()) >= before + 2,
      15_000,
      100,
    );
    const [unrelayed] = await world.sut.db.query<{ waiting: string }>(
      `SELECT count(*)::text AS waiting FROM outbox WHERE relayed_at IS NULL AND event = 'case.created'`,
    );
    expect(Number(must(unrelayed, 'a count of the outbox').waiting)).toBe(REPORTS - BEFORE_OUTAGE);

    await world.redis.resume();
    const returnedAt = Date.now();
    await mailsArrive(world.smtp, REPORTS * committee.length, 60_000);
    const recovery = Date.now() - returnedAt;
    process.stdout.write(`all emails delivered ${recovery} ms after Redis returned\n`);
    expect(recovery).toBeLessThanOrEqual(60_000);

    await notificationsSettled(world); // no job left that could still send a duplicate
    const mails = caseMails(world.smtp);
    expect(mails).toHaveLength(REPORTS * committee.length);
    for (const reference of references) {
      const about = mails.filter((m) => m.text.includes(`/cases/${reference}`));
      expect(about.flatMap((m) => m.to).sort()).toEqual(committee.map((s) => s.email).sort());
    }
    expect(world.smtp.to(gc.email)).toHaveLength(0);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(mails.length);
  });

  it('keeps the worker running through the outage, saying so in a few lines rather than a stack trace per reconnect', () => {
    const worker = must(world.workers[0], 'the worker');
    expect(worker.proc.exitCode).toBeNull();
    expect(worker.output()).toContain('outbox relay waiting');
    expect(worker.output()).toContain('outbox relay resumed');
    expect(worker.output().match(/ECONNREFUSED/g)?.length ?? 0).toBeLessThanOrEqual(3);
  });

  it('recreates the scan schedule that Redis lost', async () => {
    // The restarted Redis is empty; the worker notices the missing job scheduler and upserts it.
    const { Queue } = await import('bullmq');
    const queue = new Queue('notification-schedule', {
      connection: { host: '127.0.0.1', port: world.redis.port },
      prefix: world.env.REDIS_PREFIX,
    });
    try {
      await eventually(
        'the notification scan scheduler',
        async () => (await queue.getJobScheduler('notification-scan')) ?? undefined,
        15_000,
        250,
      );
    } finally {
      await queue.close();
    }
  });
});
