import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database/roles.js';

/**
 * Notification delivery state. The outbox (1763712100000) says what happened; these tables say who
 * has been told, so that a job run twice (a worker crash, a stalled job, two workers) never mails a
 * person twice, and so that scheduled notifications computed from the database are raised once.
 */
export class Notifications1763712400000 implements MigrationInterface {
  name = 'Notifications1763712400000';

  async up(q: QueryRunner): Promise<void> {
    // Wakes the worker's relay as soon as an outbox row commits (NOTIFY is delivered on commit, and
    // never for a rolled-back transaction). The relay also polls, so a lost notification only delays.
    await q.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('candor_outbox', '');
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);

    // One row per (outbox event, recipient). `recipient` is a staff id, or 'reporter' for the
    // opt-in news email. Rows for staff on the daily digest wait as 'digest_pending' until a digest
    // (itself an outbox event) claims them.
    await q.query(`
      CREATE TABLE notification_deliveries (
        event_id uuid NOT NULL REFERENCES outbox (id),
        recipient text NOT NULL,
        event text NOT NULL,
        case_id uuid,
        status text NOT NULL CHECK (status IN ('sent', 'digest_pending', 'digested', 'skipped')),
        message_id text,
        digest_event_id uuid REFERENCES outbox (id),
        created_at timestamptz(3) NOT NULL,
        sent_at timestamptz(3),
        PRIMARY KEY (event_id, recipient)
      )`);
    await q.query(
      `CREATE INDEX notification_deliveries_digest_idx ON notification_deliveries (recipient, created_at)
       WHERE status = 'digest_pending'`,
    );
    await q.query(
      `CREATE INDEX notification_deliveries_claimed_idx ON notification_deliveries (digest_event_id)
       WHERE digest_event_id IS NOT NULL`,
    );

    // Scheduled notifications (deadline reminders, the daily audit head, digests) already raised,
    // keyed by what they are about, so a scan that runs every few minutes raises each exactly once.
    await q.query(`
      CREATE TABLE notification_triggers (
        key text PRIMARY KEY,
        outbox_id uuid NOT NULL REFERENCES outbox (id),
        created_at timestamptz(3) NOT NULL
      )`);

    // Opt-in for the "there is news" email to a named reporter. Off unless the reporter asks: an
    // email from a whistleblowing portal can itself expose someone.
    await q.query(
      `ALTER TABLE case_reporters ADD COLUMN news_opt_in boolean NOT NULL DEFAULT false`,
    );

    await q.query(`GRANT SELECT, INSERT, UPDATE ON notification_deliveries TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON notification_triggers TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_reporters DROP COLUMN news_opt_in`);
    await q.query(`DROP TABLE notification_triggers`);
    await q.query(`DROP TABLE notification_deliveries`);
    await q.query(`DROP TRIGGER outbox_notify ON outbox`);
    await q.query(`DROP FUNCTION outbox_notify()`);
  }
}
