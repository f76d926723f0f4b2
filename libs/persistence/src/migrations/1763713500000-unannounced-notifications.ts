import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database/roles.js';

/**
 * Events that found nobody who may receive them (no account for the body, every member recused or
 * disabled). They are kept here until someone can receive them, then raised again as a new outbox
 * event (`announced_as`); the administrators are alerted once per body while any is waiting.
 * `body` is the route whose people are missing, or null when the event names no case and no body.
 */
export class UnannouncedNotifications1763713500000 implements MigrationInterface {
  name = 'UnannouncedNotifications1763713500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_unannounced (
        event_id uuid PRIMARY KEY REFERENCES outbox (id),
        body text CHECK (body IN ('general_counsel', 'audit_committee', 'board')),
        created_at timestamptz(3) NOT NULL,
        resolved_at timestamptz(3),
        resolution text CHECK (resolution IN ('announced', 'gone')),
        announced_as uuid REFERENCES outbox (id),
        CHECK ((resolved_at IS NULL) = (resolution IS NULL))
      )`);
    await q.query(
      `CREATE INDEX notification_unannounced_waiting_idx ON notification_unannounced (created_at)
       WHERE resolved_at IS NULL`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE ON notification_unannounced TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_unannounced`);
  }
}
