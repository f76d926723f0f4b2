import { Redis } from 'ioredis';
import request from 'supertest';
import { NotificationRecipientsService } from '@candor/domain';
import { must } from '@candor/platform';
import { eventually } from '../support/processes.js';
import { anonymousReport, namedReport } from '../support/factories.js';
import {
  CASE_SUBJECT,
  caseMails,
  implicate,
  insertStaff,
  mailsArrive,
  notificationsSettled,
  NotificationWorld,
  readable,
  StaffRow,
  startWorld,
  submitReport,
  SubmittedCase,
} from './notification-fixtures.js';

describe(NotificationRecipientsService.name, () => {
  let world: NotificationWorld;
  let staff: Record<
    | 'gc'
    | 'recusedGc'
    | 'cfo'
    | 'chair'
    | 'member'
    | 'disabledMember'
    | 'director'
    | 'investigator'
    | 'hr'
    | 'admin',
    StaffRow
  >;
  let named: SubmittedCase;
  const namedBody = namedReport({ location: 'Building 7, third floor' });

  beforeAll(async () => {
    world = await startWorld();
    const { sut } = world;
    staff = {
      gc: await insertStaff(sut, 'general_counsel'),
      recusedGc: await insertStaff(sut, 'general_counsel'),
      cfo: await insertStaff(sut, 'cfo'),
      chair: await insertStaff(sut, 'audit_committee', { chair: true }),
      member: await insertStaff(sut, 'audit_committee'),
      disabledMember: await insertStaff(sut, 'audit_committee', { disabled: true }),
      director: await insertStaff(sut, 'board'),
      investigator: await insertStaff(sut, 'investigator'),
      hr: await insertStaff(sut, 'hr'),
      admin: await insertStaff(sut, 'admin'),
    };
    // Submitted and recused before any worker runs: the outbox row waits for the relay, and the
    // recusal is in place when the fan-out resolves recipients.
    named = await submitReport(sut, namedBody);
    await implicate(sut, named.caseId, staff.recusedGc.id);
    await world.startWorker();
  });
  afterAll(() => world.close());

  const inbox = (who: StaffRow) => caseMails(world.smtp).filter((m) => m.to.includes(who.email));

  it('sends a General Counsel case to the General Counsel and the CFO, never to a General Counsel implicated in it', async () => {
    await mailsArrive(world.smtp, 2);
    await notificationsSettled(world); // nothing else is in flight
    expect(inbox(staff.gc)).toHaveLength(1);
    expect(inbox(staff.cfo)).toHaveLength(1);
    expect(inbox(staff.recusedGc)).toHaveLength(0);
    expect(caseMails(world.smtp)).toHaveLength(2);
    expect(inbox(staff.gc)[0]).toMatchObject({ subject: CASE_SUBJECT });
    expect(must(inbox(staff.gc)[0], 'the mail to the GC').text).toContain(
      `https://candor.example/cases/${named.reference}`,
    );
  });

  const secrets = (): string[] => [
    namedBody.title as string,
    namedBody.description as string,
    namedBody.location as string,
    'Dana',
    'Whitfield',
    'dana.whitfield@example.com',
    'Sam Ortega',
    'Lee Park',
    'lee.park@example.com',
    'harassment',
    named.receipt,
  ];

  it('never puts the title, description, place or any identity in a subject, a body or a header', () => {
    expect(world.smtp.messages.length).toBeGreaterThan(0);
    for (const mail of world.smtp.messages) {
      for (const secret of secrets()) expect(readable(mail)).not.toContain(secret);
    }
  });

  it('keeps report content and identities out of the outbox, every Redis key and the worker log', async () => {
    const outbox = await world.sut.db.query(`SELECT event, payload FROM outbox`);
    const redis = new Redis({ port: world.redis.port, lazyConnect: true });
    await redis.connect();
    const values: string[] = [];
    try {
      for (const key of await redis.keys('*')) {
        const type = await redis.type(key);
        if (type === 'hash') values.push(JSON.stringify(await redis.hgetall(key)));
        else if (type === 'string') values.push((await redis.get(key)) ?? '');
        else if (type === 'list') values.push(...(await redis.lrange(key, 0, -1)));
        else if (type === 'zset') values.push(...(await redis.zrange(key, 0, -1)));
        else if (type === 'stream') values.push(JSON.stringify(await redis.xrange(key, '-', '+')));
      }
    } finally {
      redis.disconnect();
    }
    expect(values.length).toBeGreaterThan(10); // jobs, their ids and events are all there
    const worker = must(world.workers[0], 'the worker');
    const everything = [JSON.stringify(outbox), values.join('\n'), worker.output()];
    for (const text of everything) {
      for (const secret of secrets()) expect(text).not.toContain(secret);
    }
  });

  it('delivers a new Audit Committee report to the committee within 5 s and sends the General Counsel nothing', async () => {
    const before = caseMails(world.smtp).length;
    const startedAt = Date.now();
    const created = await submitReport(world.sut, anonymousReport());
    const mails = await mailsArrive(world.smtp, before + 2, 5_000);
    const latency = Math.max(...mails.slice(before).map((m) => m.receivedAt)) - startedAt;
    process.stdout.write(`notification latency, report to last inbox: ${latency} ms\n`);
    expect(latency).toBeLessThanOrEqual(5_000);

    await notificationsSettled(world);
    const about = caseMails(world.smtp).filter((m) => m.text.includes(created.reference));
    expect(about.flatMap((m) => m.to).sort()).toEqual(
      [staff.chair.email, staff.member.email].sort(),
    );
    for (const nobody of [
      staff.gc,
      staff.cfo,
      staff.disabledMember,
      staff.director,
      staff.investigator,
      staff.hr,
      staff.admin,
    ]) {
      expect(inbox(nobody).filter((m) => m.text.includes(created.reference))).toHaveLength(0);
    }
  });

  it('tells the handling body when the reporter writes, with a fixed subject and no message text', async () => {
    const created = await submitReport(world.sut, anonymousReport());
    await mailsArrive(world.smtp, caseMails(world.smtp).length + 2);
    const before = caseMails(world.smtp).length;
    const http = () => request(world.sut.app.getHttpServer());
    const session = await http()
      .post('/api/v1/reporter/session')
      .send({ receipt: created.receipt });
    const sent = await http()
      .post('/api/v1/reporter/messages')
      .set('authorization', `Bearer ${session.body.token}`)
      .send({ body: 'The side letters are in the blue binder.' });
    expect(sent.status).toBe(201);

    const mails = (await mailsArrive(world.smtp, before + 2)).slice(before);
    expect(mails.flatMap((m) => m.to).sort()).toEqual(
      [staff.chair.email, staff.member.email].sort(),
    );
    for (const mail of mails) {
      expect(mail.subject).toBe(CASE_SUBJECT);
      expect(mail.text).toContain('The reporter sent a message.');
      expect(readable(mail)).not.toContain('blue binder');
    }
  });

  it('sends the daily audit head to the Audit Committee chair only', async () => {
    const [headRow] = await world.sut.db.query<{ seq: string; hash: string }>(
      `SELECT seq::text AS seq, hash FROM audit_head`,
    );
    const head = must(headRow, 'the audit head');
    const heads = await eventually('the audit head email', () => {
      const found = world.smtp.messages.filter((m) => m.subject === 'Candor: daily audit log head');
      return Promise.resolve(found.length > 0 && found);
    });
    expect(heads.map((m) => m.to)).toEqual([[staff.chair.email]]);
    // The head moves with every audited change; the email carries the head of the scan's moment.
    const [event] = await world.sut.db.query<{ payload: { seq: string; hash: string } }>(
      `SELECT payload FROM outbox WHERE event = 'audit.head_daily'`,
    );
    const raised = must(event, 'the daily head event');
    expect(must(heads[0], 'the head email').text).toContain(`Hash: ${raised.payload.hash}`);
    expect(BigInt(raised.payload.seq)).toBeLessThanOrEqual(BigInt(head.seq));
  });

  it('gives every email a Message-ID made of the event id and a hash of the recipient', async () => {
    const deliveries = await world.sut.db.query<{ event_id: string; message_id: string }>(
      `SELECT event_id, message_id FROM notification_deliveries WHERE status = 'sent'`,
    );
    expect(deliveries.length).toBe(world.smtp.messages.length);
    for (const mail of world.smtp.messages) {
      expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}\.[0-9a-f]{20}@candor>$/);
      expect(deliveries.map((d) => d.message_id)).toContain(mail.messageId);
    }
  });
});
