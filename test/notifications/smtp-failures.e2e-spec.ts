import { Queue } from 'bullmq';
import { NotificationDeliveryService } from '@candor/domain';
import { must } from '@candor/platform';
import { anonymousReport } from '../support/factories.js';
import { eventually, runToEnd } from '../support/processes.js';
import {
  caseMails,
  insertStaff,
  notificationsSettled,
  NotificationWorld,
  StaffRow,
  startWorld,
  submitReport,
} from './notification-fixtures.js';

interface FailedLine {
  queue: string;
  jobId: string;
  event: string | null;
  recipient: string | null;
  reason: string;
  attempts: number;
}

describe(`${NotificationDeliveryService.name} when the SMTP server refuses`, () => {
  let world: NotificationWorld;
  let chair: StaffRow;
  let member: StaffRow;

  let deliveries: Queue;

  beforeAll(async () => {
    // Retries 50 ms, 100 ms, 200 ms … apart: all 8 attempts fit in about 6 s.
    world = await startWorld({ NOTIFY_BACKOFF_MS: '50' });
    chair = await insertStaff(world.sut, 'audit_committee', { chair: true });
    member = await insertStaff(world.sut, 'audit_committee');
    await world.startWorker();
    deliveries = new Queue('notification-deliveries', {
      connection: { host: '127.0.0.1', port: world.redis.port },
      prefix: world.env.REDIS_PREFIX,
    });
  });
  afterAll(async () => {
    await deliveries.close();
    await world.close();
  });
  afterEach(() => world.smtp.accept());

  const cli = async (...args: string[]) => {
    const { code, output } = await runToEnd('cli', args, world.env);
    return { code, output, lines: output.trim() ? output.trim().split('\n') : [] };
  };
  /** Polls Redis directly (the CLI takes a second to start); the CLI is then asked once. */
  const failedInRedis = (jobId: string, timeoutMs = 10_000) =>
    eventually(
      `job ${jobId} to fail`,
      async () => (await deliveries.getJob(jobId))?.isFailed(),
      timeoutMs,
      50,
    );
  const failedJobs = async () =>
    (await cli('notifications:failed')).lines.map((line) => JSON.parse(line) as FailedLine);
  const attemptsFor = (eventId: string, who: StaffRow) =>
    world.smtp.attempts.filter(
      (a) => a.to.includes(who.email) && a.messageId.startsWith(`<${eventId}.`),
    );
  const mailsAbout = (who: StaffRow, reference: string) =>
    caseMails(world.smtp).filter((m) => m.to.includes(who.email) && m.text.includes(reference));
  const eventIdOf = async (reference: string) => {
    const [event] = await world.sut.db.query<{ id: string }>(
      `SELECT o.id FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.reference = $1 AND o.event = 'case.created'`,
      [reference],
    );
    return must(event, `the case.created event of ${reference}`).id;
  };

  it('retries a 451 and delivers once the server accepts again', async () => {
    world.smtp.failWith(451);
    const { reference } = await submitReport(world.sut, anonymousReport());
    await eventually('two refused attempts for each recipient', () =>
      Promise.resolve(world.smtp.attempts.filter((a) => a.outcome === 451).length >= 4),
    );
    expect(caseMails(world.smtp)).toHaveLength(0);

    world.smtp.accept();
    await eventually('both emails', () =>
      Promise.resolve(
        mailsAbout(chair, reference).length + mailsAbout(member, reference).length === 2,
      ),
    );
    await notificationsSettled(world);
    expect(mailsAbout(chair, reference)).toHaveLength(1);
    expect(mailsAbout(member, reference)).toHaveLength(1);
  });

  it('makes exactly one attempt on a 550, lists the job as failed, and delivers it on notifications:retry --id', async () => {
    world.smtp.failWith(550, member.email);
    const { reference } = await submitReport(world.sut, anonymousReport());
    await eventually('the chair’s email', () =>
      Promise.resolve(mailsAbout(chair, reference).length === 1),
    );
    const eventId = await eventIdOf(reference);
    const jobId = `${eventId}_${member.id}`;
    await failedInRedis(jobId);
    const failed = (await failedJobs()).find((job) => job.jobId === jobId);
    expect(failed).toEqual({
      queue: 'notification-deliveries',
      jobId,
      event: 'case.created',
      recipient: member.id,
      reason: 'SMTP 550 during DATA (permanent)',
      attempts: 1,
      failedAt: expect.any(String),
    });
    // Failed for good: no retry is waiting or delayed, nothing else is in flight.
    await notificationsSettled(world);
    expect(attemptsFor(eventId, member).map((a) => a.outcome)).toEqual([550]);
    expect(mailsAbout(member, reference)).toHaveLength(0);

    world.smtp.accept();
    const retried = await cli('notifications:retry', '--id', jobId);
    expect(retried.code).toBe(0);
    expect(JSON.parse(must(retried.lines[0], 'a line from notifications:retry'))).toEqual({
      queue: 'notification-deliveries',
      jobId,
      retried: true,
    });
    await eventually('the retried email', () =>
      Promise.resolve(mailsAbout(member, reference).length === 1),
    );
    expect(await failedJobs()).toEqual([]);
    expect(mailsAbout(chair, reference)).toHaveLength(1);
  });

  it('dead-letters an email after 8 temporary failures and sends it on notifications:retry --all', async () => {
    world.smtp.failWith(451, member.email);
    const { reference } = await submitReport(world.sut, anonymousReport());
    const eventId = await eventIdOf(reference);
    await failedInRedis(`${eventId}_${member.id}`, 20_000);
    const failed = (await failedJobs()).find((job) => job.jobId === `${eventId}_${member.id}`);
    expect(failed).toMatchObject({ attempts: 8, reason: 'SMTP 451 during DATA (temporary)' });
    expect(attemptsFor(eventId, member).map((a) => a.outcome)).toEqual(Array(8).fill(451));

    world.smtp.accept();
    const retried = await cli('notifications:retry', '--all');
    expect(retried.code).toBe(0);
    expect(retried.lines).toHaveLength(1);
    await eventually('the retried email', () =>
      Promise.resolve(mailsAbout(member, reference).length === 1),
    );
  });

  it('refuses notifications:retry without --all or --id, and names an unknown job id', async () => {
    expect((await cli('notifications:retry')).code).toBe(2);
    const unknown = await cli('notifications:retry', '--id', 'no-such-job');
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('no failed notification job with id no-such-job');
  });

  it('never shows an address or a case reference in the dead-letter list or the worker log', () => {
    const log = must(world.workers[0], 'the worker').output();
    for (const mail of world.smtp.messages) {
      for (const address of mail.to) expect(log).not.toContain(address);
    }
    const references = caseMails(world.smtp).map((m) => /CND-\d{4}-\d{6}/.exec(m.text)?.[0]);
    for (const reference of references) expect(log).not.toContain(reference);
  });
});
