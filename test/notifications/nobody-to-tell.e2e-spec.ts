import { UnannouncedEventsService } from '@candor/domain';
import { must } from '@candor/platform';
import { anonymousReport, namedReport } from '../support/factories.js';
import { eventually, runToEnd } from '../support/processes.js';
import type { CapturedMail } from '../support/smtp-listener.js';
import {
  caseMails,
  insertStaff,
  notificationsSettled,
  NotificationWorld,
  readable,
  StaffRow,
  startWorld,
  submitReport,
  SubmittedCase,
} from './notification-fixtures.js';

const ALERT_SUBJECT = 'Candor: a notification has nobody to receive it';
const AUDIT_HEAD_SUBJECT = 'Candor: daily audit log head';

describe(`${UnannouncedEventsService.name}: a case nobody can be told about`, () => {
  let world: NotificationWorld;
  let admin: StaffRow;
  const acCases: SubmittedCase[] = [];
  let gcCase: SubmittedCase;

  beforeAll(async () => {
    // A short scan: it is the fallback that announces what a change outside the services allows.
    world = await startWorld({ NOTIFY_SCAN_INTERVAL_MS: '1000' });
    admin = await insertStaff(world.sut, 'admin');
    await insertStaff(world.sut, 'hr');
    await world.startWorker();
  });
  afterAll(() => world.close());

  const alerts = () => world.smtp.to(admin.email);
  const to = (email: string) => world.smtp.to(email);
  const about = (mails: CapturedMail[], c: SubmittedCase) =>
    mails.filter((m) => m.text.includes(`/cases/${c.reference}`));
  const cli = async (...args: string[]) => {
    const { code, output } = await runToEnd('cli', args, world.env);
    if (code !== 0) throw new Error(`${args[0]} exited ${code}: ${output}`);
    return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { id: string };
  };
  const waiting = async () => {
    const [count] = await world.sut.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification_unannounced WHERE resolved_at IS NULL`,
    );
    return must(count, 'a count of what waits').n;
  };

  it('keeps cases that reach nobody and alerts the administrator once per body, without naming the case', async () => {
    // The day's audit head for the Audit Committee chair, raised at start-up, already found nobody.
    await eventually('the first alert', () => Promise.resolve(alerts().length === 1), 15_000);
    acCases.push(await submitReport(world.sut, anonymousReport()));
    acCases.push(await submitReport(world.sut, anonymousReport()));
    gcCase = await submitReport(world.sut, namedReport());
    await notificationsSettled(world);

    expect(caseMails(world.smtp)).toHaveLength(0);
    expect(
      alerts()
        .map((m) => must(m.text.split('\n')[0], 'a first line').trim())
        .sort(),
    ).toEqual([
      'A case for the General Counsel has nobody who can receive it.',
      'A notification for the Audit Committee has nobody who can receive it.',
    ]);
    for (const alert of alerts()) {
      expect(alert.subject).toBe(ALERT_SUBJECT);
      expect(readable(alert)).not.toMatch(/CND-|Q2 revenue|accent|Dana|https?:\/\/candor/);
    }
    expect(world.smtp.messages.filter((m) => !m.to.includes(admin.email))).toEqual([]);
    expect(await waiting()).toBe(4); // the audit head, two Audit Committee cases, one GC case
    // Kept, not lost: the worker says so in its log, with ids only.
    expect(must(world.workers[0], 'the worker').output()).toContain(
      'has nobody who can receive it',
    );
  });

  it('tells the first Audit Committee member created about everything that waited for them, once, in the transaction that creates them', async () => {
    const chair = await cli(
      'staff:create',
      '--email',
      'alex.morgan@staff.example',
      '--name',
      'Alex Morgan',
      '--role',
      'audit_committee',
      '--chair',
      // Enrolled at once: these accounts' only emails are the ones that waited for them.
      '--generate-password',
    );
    await eventually('the chair’s emails', () =>
      Promise.resolve(to('alex.morgan@staff.example').length >= 3),
    );
    await notificationsSettled(world);

    const mails = to('alex.morgan@staff.example');
    expect(mails).toHaveLength(3);
    for (const c of acCases) expect(about(mails, c)).toHaveLength(1);
    expect(mails.filter((m) => m.subject === AUDIT_HEAD_SUBJECT)).toHaveLength(1);
    expect(about(mails, gcCase)).toHaveLength(0);
    expect(alerts()).toHaveLength(2);
    // Raised again by the account's creation itself, not by a later scan.
    const announced = await world.sut.db.query<{ same: boolean }>(
      `SELECT u.resolved_at = s.created_at AS same FROM notification_unannounced u, staff s
        WHERE s.id = $1 AND u.resolution = 'announced'`,
      [chair.id],
    );
    expect(announced.map((a) => a.same)).toEqual([true, true, true]);
  });

  it('keeps a case whose only committee member is recused, and tells the next member, never the recused one', async () => {
    const before = to('alex.morgan@staff.example').length;
    const recusing = await submitReport(
      world.sut,
      anonymousReport({ implicated: [{ name: 'Alex Morgan', role: 'finance' }] }),
    );
    await eventually('a new alert', () => Promise.resolve(alerts().length === 3), 15_000);
    expect(must(alerts()[2], 'the third alert').text).toContain(
      'A case for the Audit Committee has nobody who can receive it.',
    );

    await cli(
      'staff:create',
      '--email',
      'sam.lee@staff.example',
      '--name',
      'Sam Lee',
      '--role',
      'audit_committee',
      '--generate-password',
    );
    await eventually('the new member’s email', () =>
      Promise.resolve(about(to('sam.lee@staff.example'), recusing).length === 1),
    );
    await notificationsSettled(world);
    expect(to('sam.lee@staff.example')).toHaveLength(1);
    expect(to('alex.morgan@staff.example')).toHaveLength(before);
  });

  it('keeps a case while every member is disabled, and tells the one enabled again', async () => {
    await cli('staff:disable', '--email', 'alex.morgan@staff.example');
    await cli('staff:disable', '--email', 'sam.lee@staff.example');
    const unheard = await submitReport(world.sut, anonymousReport());
    await eventually('a new alert', () => Promise.resolve(alerts().length === 4), 15_000);
    await notificationsSettled(world);
    expect(about(caseMails(world.smtp), unheard)).toHaveLength(0);

    await cli('staff:enable', '--email', 'sam.lee@staff.example');
    await eventually('the enabled member’s email', () =>
      Promise.resolve(about(to('sam.lee@staff.example'), unheard).length === 1),
    );
    await notificationsSettled(world);
    expect(about(caseMails(world.smtp), unheard).flatMap((m) => m.to)).toEqual([
      'sam.lee@staff.example',
    ]);
  });

  it('announces on the next scan what an account written outside the services allows', async () => {
    const gc = await insertStaff(world.sut, 'general_counsel');
    await eventually('the General Counsel’s email', () =>
      Promise.resolve(about(to(gc.email), gcCase).length === 1),
    );
    await notificationsSettled(world);
    expect(to(gc.email)).toHaveLength(1);
    expect(await waiting()).toBe(0);
    expect(alerts()).toHaveLength(4);
  });
});
