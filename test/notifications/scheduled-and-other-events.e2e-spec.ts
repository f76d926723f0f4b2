import { randomUUID } from 'node:crypto';
import { NotificationScanService } from '@candor/domain';
import { must } from '@candor/platform';
import { anonymousReport, namedReport } from '../support/factories.js';
import { eventually } from '../support/processes.js';
import {
  caseMails,
  implicate,
  insertStaff,
  notificationsSettled,
  NotificationWorld,
  readable,
  scansCompleted,
  StaffRow,
  startWorld,
  submitReport,
  SubmittedCase,
} from './notification-fixtures.js';

const REASONS = {
  ackSoon: 'The acknowledgement of a case is due within 2 days.',
  ackOverdue: 'The acknowledgement of a case is overdue.',
  feedbackSoon: 'Feedback to the reporter is due within 14 days.',
  feedbackOverdue: 'Feedback to the reporter is overdue.',
};

describe(`${NotificationScanService.name} and the events other services raise`, () => {
  let world: NotificationWorld;
  let gc: StaffRow;
  let cfo: StaffRow;
  let chair: StaffRow;
  let digestMember: StaffRow;
  const cases: Record<string, SubmittedCase> = {};
  const caseNamed = (name: string) => must(cases[name], `the ${name} case`);

  beforeAll(async () => {
    world = await startWorld({ NOTIFY_SCAN_INTERVAL_MS: '1000' });
    const { sut } = world;
    gc = await insertStaff(sut, 'general_counsel');
    cfo = await insertStaff(sut, 'cfo');
    chair = await insertStaff(sut, 'audit_committee', { chair: true });
    digestMember = await insertStaff(sut, 'audit_committee', { digest: true });

    // Deadlines in every state, as the scan will find them (General Counsel cases).
    for (const name of ['ackSoon', 'ackOverdue', 'feedbackSoon', 'feedbackOverdue', 'closed']) {
      cases[name] = await submitReport(sut, namedReport());
    }
    const set = (name: string, sql: string) =>
      sut.db.query(`UPDATE cases SET ${sql} WHERE id = $1`, [caseNamed(name).caseId]);
    await set('ackSoon', `received_at = now() - interval '6 days'`);
    await set('ackOverdue', `received_at = now() - interval '8 days'`);
    await set(
      'feedbackSoon',
      `status = 'acknowledged', received_at = now() - interval '80 days',
       acknowledged_at = now() - interval '3 months' + interval '10 days'`,
    );
    await set(
      'feedbackOverdue',
      `status = 'acknowledged', received_at = now() - interval '130 days',
       acknowledged_at = now() - interval '4 months'`,
    );
    await set('closed', `status = 'closed', received_at = now() - interval '30 days'`);
    await world.startWorker();
  });
  afterAll(() => world.close());

  const withReason = (reason: string) =>
    caseMails(world.smtp).filter((m) => m.text.includes(reason));

  it('sends each deadline reminder and overdue alert once, to the handling body, and nothing for a closed case', async () => {
    await eventually('four kinds of reminder', () =>
      Promise.resolve(Object.values(REASONS).every((r) => withReason(r).length === 2)),
    );
    // Two more scans, and whatever they raised sent: nothing is raised twice.
    await scansCompleted(world, Date.now(), 2);
    await notificationsSettled(world);
    for (const [name, reason] of Object.entries(REASONS)) {
      const mails = withReason(reason);
      expect(mails.flatMap((m) => m.to).sort()).toEqual([cfo.email, gc.email].sort());
      for (const mail of mails) expect(mail.text).toContain(`/cases/${caseNamed(name).reference}`);
    }
    const aboutClosed = caseMails(world.smtp).filter((m) =>
      m.text.includes(caseNamed('closed').reference),
    );
    expect(aboutClosed).toHaveLength(2); // only the "new case" emails from its submission
  });

  it('holds the emails of a digest reader and sends them one daily summary of references and links', async () => {
    const listed = await submitReport(world.sut, anonymousReport());
    const recused = await submitReport(world.sut, anonymousReport());
    await eventually('the chair’s emails', () =>
      Promise.resolve(
        [listed, recused].every((c) =>
          caseMails(world.smtp).some(
            (m) => m.to.includes(chair.email) && m.text.includes(c.reference),
          ),
        ),
      ),
    );
    const pending = () =>
      world.sut.db.query<{ event_id: string; status: string }>(
        `SELECT event_id, status FROM notification_deliveries
          WHERE recipient = $1 AND event <> 'notifications.daily_digest' ORDER BY status`,
        [digestMember.id],
      );
    await eventually(
      'the digest reader’s pending items',
      async () => (await pending()).length === 2,
    );
    expect(world.smtp.to(digestMember.email)).toHaveLength(0);

    // Recused after the event: the summary must leave that case out.
    await implicate(world.sut, recused.caseId, digestMember.id);
    // Items join the first digest after they arrive; move them before today's digest hour.
    await world.sut.db.query(
      `UPDATE notification_deliveries SET created_at = created_at - interval '2 days' WHERE recipient = $1`,
      [digestMember.id],
    );
    const [first] = await eventually('the digest', () =>
      Promise.resolve(
        world.smtp.to(digestMember.email).length > 0 && world.smtp.to(digestMember.email),
      ),
    );
    const digest = must(first, 'the digest');
    expect(digest.subject).toBe('Candor: your daily summary');
    expect(digest.text).toContain(`https://candor.example/cases/${listed.reference}`);
    expect(digest.text).not.toContain(recused.reference);
    expect(digest.text).toContain('1 item needed your attention');
    expect(readable(digest)).not.toContain('Q2 revenue');

    await scansCompleted(world, Date.now(), 2);
    await notificationsSettled(world);
    expect(world.smtp.to(digestMember.email)).toHaveLength(1);
    expect((await pending()).map((p) => p.status)).toEqual(['digested', 'digested']);
    const [sent] = await world.sut.db.query<{ status: string; message_id: string }>(
      `SELECT status, message_id FROM notification_deliveries
        WHERE recipient = $1 AND event = 'notifications.daily_digest'`,
      [digestMember.id],
    );
    expect(sent).toEqual({ status: 'sent', message_id: digest.messageId });
  });

  /** Raises an event as the case-management and retaliation services do (OutboxService). */
  const raise = (event: string, caseId: string | null, payload: Record<string, unknown> = {}) =>
    world.sut.db.query(
      `INSERT INTO outbox (id, event, case_id, payload, created_at) VALUES ($1, $2, $3, $4, now())`,
      [randomUUID(), event, caseId, JSON.stringify(payload)],
    );
  const newMailsTo = async (before: number, count: number) => {
    const all = await eventually(`${count} more emails`, () =>
      Promise.resolve(caseMails(world.smtp).length >= before + count && caseMails(world.smtp)),
    );
    await notificationsSettled(world);
    return caseMails(world.smtp)
      .slice(before)
      .flatMap((m) => m.to)
      .sort()
      .concat(all.length > before + count ? ['(more than expected)'] : []);
  };

  it.each([
    ['the Audit Committee chair of an identity reveal', 'case.identity_revealed', () => [chair]],
    ['the handling body of a legal hold placed', 'case.legal_hold_placed', () => [gc, cfo]],
    ['the handling body of a legal hold released', 'case.legal_hold_released', () => [gc, cfo]],
    ['Legal of a retaliation review on its case', 'retaliation.review_required', () => [gc]],
  ])('tells %s (a General Counsel case)', async (_what, event, expected: () => StaffRow[]) => {
    const before = caseMails(world.smtp).length;
    await raise(event, caseNamed('ackSoon').caseId);
    const emails = expected()
      .map((s) => s.email)
      .sort();
    expect(await newMailsTo(before, emails.length)).toEqual(emails);
  });

  it('sends a retaliation review raised without a case to the named reviewers, with a link to the reviews', async () => {
    const before = caseMails(world.smtp).length;
    // As the retaliation service raises it: no case id, whatever is behind the check.
    await raise('retaliation.review_required', null, {
      reviewId: randomUUID(),
      reviewerIds: [cfo.id, chair.id],
    });
    expect(await newMailsTo(before, 2)).toEqual([cfo.email, chair.email].sort());
    const mail = must(caseMails(world.smtp)[before], 'the review email');
    expect(mail.text).toContain('A retaliation review is required.');
    expect(mail.text).toContain('https://candor.example/retaliation/reviews');
    expect(mail.text).not.toMatch(/CND-/);
  });

  it('tells a named reporter who opted in that there is news, without the reference, and nobody else', async () => {
    const optedIn = await submitReport(
      world.sut,
      namedReport({ reporter: { name: 'Ana Reyes', email: 'ana.reyes@example.com' } }),
    );
    const silent = await submitReport(
      world.sut,
      namedReport({ reporter: { name: 'Bo Lind', email: 'bo.lind@example.com' } }),
    );
    await world.sut.db.query(`UPDATE case_reporters SET news_opt_in = true WHERE case_id = $1`, [
      optedIn.caseId,
    ]);
    await raise('case.reporter_news', optedIn.caseId);
    await raise('case.reporter_news', silent.caseId);

    const [first] = await eventually('the news email', () =>
      Promise.resolve(
        world.smtp.to('ana.reyes@example.com').length > 0 && world.smtp.to('ana.reyes@example.com'),
      ),
    );
    const news = must(first, 'the news email');
    expect(news.subject).toBe('Candor: there is news about your report');
    expect(news.text).toContain('https://candor.example/follow-up');
    expect(readable(news)).not.toContain(optedIn.reference);
    expect(readable(news)).not.toContain('Ana');
    await notificationsSettled(world);
    expect(world.smtp.to('ana.reyes@example.com')).toHaveLength(1);
    expect(world.smtp.to('bo.lind@example.com')).toHaveLength(0);
  });
});
