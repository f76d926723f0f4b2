import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database/roles.js';

/**
 * Staff enrolment by a single-use emailed link, and cookie-backed browser sessions.
 *
 * An account created for enrolment has no password and no TOTP secret until its holder sets them
 * through the link, so it cannot sign in before then. A reset second factor clears the TOTP secret
 * the same way. The link's token is stored as a keyed hash (to find the enrolment by it) and sealed
 * under the system key (so the worker can put it in the email without it passing through Redis);
 * the sealed copy is erased once the link is used, revoked or replaced.
 *
 * Browser sessions are rows of the existing `staff_sessions`, so sign-out and disabling an account
 * end them exactly as they end the API's sessions. A browser session is found by the keyed hash of
 * its cookie; `expires_at` is its absolute end and `last_seen_at` drives the idle timeout.
 */
export class StaffEnrolmentAndBrowserSessions1763713400000 implements MigrationInterface {
  name = 'StaffEnrolmentAndBrowserSessions1763713400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff ALTER COLUMN password_hash DROP NOT NULL`);
    await q.query(`ALTER TABLE staff ALTER COLUMN totp_secret_enc DROP NOT NULL`);

    await q.query(`
      CREATE TABLE staff_enrolments (
        id uuid PRIMARY KEY,
        staff_id uuid NOT NULL REFERENCES staff (id),
        kind text NOT NULL CHECK (kind IN ('account', 'second_factor')),
        token_hash bytea NOT NULL UNIQUE,
        token_enc bytea,
        password_hash text,
        totp_secret_enc bytea,
        created_by uuid REFERENCES staff (id),
        created_at timestamptz(3) NOT NULL,
        expires_at timestamptz(3) NOT NULL,
        started_at timestamptz(3),
        completed_at timestamptz(3),
        revoked_at timestamptz(3),
        CHECK (completed_at IS NULL OR revoked_at IS NULL)
      )`);
    // One live link per person: issuing a new one revokes the previous one in the same transaction.
    await q.query(
      `CREATE UNIQUE INDEX staff_enrolments_open_idx ON staff_enrolments (staff_id)
       WHERE completed_at IS NULL AND revoked_at IS NULL`,
    );
    await q.query(`CREATE INDEX staff_enrolments_staff_idx ON staff_enrolments (staff_id)`);

    await q.query(
      `ALTER TABLE staff_sessions ADD COLUMN kind text NOT NULL DEFAULT 'api' CHECK (kind IN ('api', 'browser'))`,
    );
    await q.query(`ALTER TABLE staff_sessions ADD COLUMN token_hash bytea`);
    await q.query(`ALTER TABLE staff_sessions ADD COLUMN last_seen_at timestamptz(3)`);
    await q.query(
      `ALTER TABLE staff_sessions ADD CONSTRAINT staff_sessions_browser_check
       CHECK ((kind = 'browser') = (token_hash IS NOT NULL AND last_seen_at IS NOT NULL))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX staff_sessions_token_idx ON staff_sessions (token_hash) WHERE token_hash IS NOT NULL`,
    );

    await q.query(`GRANT SELECT, INSERT, UPDATE ON staff_enrolments TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX staff_sessions_token_idx`);
    await q.query(`ALTER TABLE staff_sessions DROP CONSTRAINT staff_sessions_browser_check`);
    await q.query(`DELETE FROM staff_sessions WHERE kind = 'browser'`);
    await q.query(`ALTER TABLE staff_sessions DROP COLUMN last_seen_at`);
    await q.query(`ALTER TABLE staff_sessions DROP COLUMN token_hash`);
    await q.query(`ALTER TABLE staff_sessions DROP COLUMN kind`);
    await q.query(`DROP TABLE staff_enrolments`);
    // Accounts still waiting for enrolment cannot be represented without these columns: they are
    // disabled, with values that never verify ('!' is no argon2 hash; an empty blob never opens).
    await q.query(
      `UPDATE staff SET disabled_at = coalesce(disabled_at, now()), updated_at = now(),
              password_hash = coalesce(password_hash, '!'), totp_secret_enc = coalesce(totp_secret_enc, '\\x'::bytea)
        WHERE password_hash IS NULL OR totp_secret_enc IS NULL`,
    );
    await q.query(`ALTER TABLE staff ALTER COLUMN totp_secret_enc SET NOT NULL`);
    await q.query(`ALTER TABLE staff ALTER COLUMN password_hash SET NOT NULL`);
  }
}
