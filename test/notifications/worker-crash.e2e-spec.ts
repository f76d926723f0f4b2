import { must } from '@candor/platform';
import { namedReport } from '../support/factories.js';
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

const AUDIT_HEAD_SUBJECT = 'Candor: daily audit log head';

describe('notifications when workers crash or run side by side', () => {
  let world: NotificationWorld;
  let gc: StaffRow;
  let cfo: StaffRow;
  let chair: StaffRow;

  beforeAll(async () => {
    world = await startWorld();
    gc = await insertStaff(world.sut, 'general_counsel');
    cfo = await insertStaff(world.sut, 'cfo');
    chair = await insertStaff(world.sut, 'audit_committee', { chair: true });
  });
  afterAll(() => world.close());

  const auditHeads = () => world.smtp.messages.filter((m) => m.subject === AUDIT_HEAD_SUBJECT);

  it('delivers an email whose worker was SIGKILLed in the middle of sending it, exactly once', async () => {
    const first = await world.startWorker();
    await eventually('the audit head email', () => Promise.resolve(auditHeads().length === 1));

    world.smtp.hold(); // the server takes the message but does not answer "250"
    const { reference } = await submitReport(world.sut, namedReport());
    await eventually('both sends to be in progress', () =>
      Promise.resolve(world.smtp.heldCount === 2),
    );
    first.proc.kill('SIGKILL');
    await first.exited();
    await eventually('the server to see both senders go', () =>
      Promise.resolve(world.smtp.attempts.filter((a) => a.outcome === 'dropped').length === 2),
    );
    world.smtp.release();
    expect(caseMails(world.smtp)).toHaveLength(0);

    const killedAt = Date.now();
    await world.startWorker();
    // The dead worker's lock expires (10 s) and a stalled check (every 5 s) hands the jobs over.
    await mailsArrive(world.smtp, 2, 30_000);
    process.stdout.write(`emails of a killed worker delivered ${Date.now() - killedAt} ms later\n`);
    await notificationsSettled(world);
    expect(
      caseMails(world.smtp)
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual([cfo.email, gc.email].sort());
    expect(caseMails(world.smtp).every((m) => m.text.includes(reference))).toBe(true);
  });

  it('sends each email once when two workers run at the same time', async () => {
    await world.startWorker();
    const before = caseMails(world.smtp).length;
    const references: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      references.push((await submitReport(world.sut, namedReport())).reference);
    }
    await mailsArrive(world.smtp, before + 40, 20_000);
    await notificationsSettled(world);

    const mails = caseMails(world.smtp).slice(before);
    expect(mails).toHaveLength(40);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(40);
    for (const reference of references) {
      const about = mails.filter((m) => m.text.includes(`/cases/${reference}`));
      expect(about.flatMap((m) => m.to).sort()).toEqual([cfo.email, gc.email].sort());
    }
    // Three workers have scanned by now; the day's audit head was raised and sent once.
    expect(auditHeads()).toHaveLength(1);
    expect(must(auditHeads()[0], 'the audit head email').to).toEqual([chair.email]);
  });
});
