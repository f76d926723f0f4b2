import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { NotificationFanOutService } from '@candor/domain';
import { must } from '@candor/platform';
import { anonymousReport } from '../support/factories.js';
import { eventually } from '../support/processes.js';
import {
  insertStaff,
  mailsArrive,
  NotificationWorld,
  StaffRow,
  startWorld,
  submitReport,
  SubmittedCase,
} from './notification-fixtures.js';

const REPORTS = 3;

describe(`${NotificationFanOutService.name} in the outbox relay`, () => {
  let world: NotificationWorld;
  let gc: StaffRow;
  let fanOutJobs: Queue;
  const reports: SubmittedCase[] = [];
  let poisonId: string;

  beforeAll(async () => {
    world = await startWorld({ NOTIFY_ATTEMPTS: '2' });
    gc = await insertStaff(world.sut, 'general_counsel');
    fanOutJobs = new Queue('notification-events', {
      connection: { host: '127.0.0.1', port: world.redis.port },
      prefix: world.env.REDIS_PREFIX,
    });
    // Everything is committed before the worker starts, so that its first pass claims the
    // reports (harassment: the General Counsel's) and the event it cannot resolve in one batch.
    for (let i = 0; i < REPORTS; i += 1) {
      reports.push(
        await submitReport(
          world.sut,
          anonymousReport({ concernType: 'discrimination_harassment' }),
        ),
      );
    }
    // An event about an account whose payload is not an object: resolving its recipient throws.
    poisonId = randomUUID();
    await world.sut.db.query(
      `INSERT INTO outbox (id, event, case_id, payload, created_at)
         VALUES ($1, 'staff.sign_in_paused', NULL, 'null'::jsonb, now())`,
      [poisonId],
    );
    await world.startWorker();
  });
  afterAll(async () => {
    await fanOutJobs.close();
    await world.close();
  });

  it('still delivers the reports of a batch in which one event cannot be fanned out', async () => {
    const mails = await mailsArrive(world.smtp, REPORTS, 20_000);
    for (const report of reports) {
      expect(
        mails.filter((m) => m.text.includes(`/cases/${report.reference}`)).flatMap((m) => m.to),
      ).toEqual([gc.email]);
    }
  });

  it('retries the event it could not fan out on its own, and lists it as failed once it gives up', async () => {
    const failed = await eventually(
      'the unresolvable event to fail for good',
      async () => {
        const jobs = await fanOutJobs.getFailed();
        return jobs.find((job) => job.id === poisonId);
      },
      20_000,
      100,
    );
    expect(failed.attemptsMade).toBe(2);
    // The reports of its batch went the same way, and each was fanned out on its own.
    const completed = await fanOutJobs.getCompleted();
    const [events] = await world.sut.db.query<{ ids: string[] }>(
      `SELECT array_agg(id::text) AS ids FROM outbox WHERE event = 'case.created'`,
    );
    expect(completed.map((job) => job.id).sort()).toEqual(
      [...must(events, 'the report events').ids].sort(),
    );
    const [unrelayed] = await world.sut.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`,
    );
    expect(must(unrelayed, 'a count of the outbox').n).toBe(0);
  });

  it('says so in one line naming the kind of failure, not the event or a stack', () => {
    const log = must(world.workers[0], 'the worker').output();
    const lines = log.split('\n').filter((line) => line.includes('could not fan out a batch'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('fan-out: TypeError');
    expect(lines[0]).not.toContain(poisonId);
    expect(log).not.toMatch(/"stack"|\n\s+at /);
  });
});
