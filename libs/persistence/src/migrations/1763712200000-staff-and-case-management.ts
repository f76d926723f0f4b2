import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database/roles.js';

/**
 * Staff accounts and what handlers add to a case: assignments, append-only notes, outcomes and
 * actions with their approvals (the Code's joint determination), and the next due date that the
 * triage list is sorted by.
 */
export class StaffAndCaseManagement1763712200000 implements MigrationInterface {
  name = 'StaffAndCaseManagement1763712200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff (
        id uuid PRIMARY KEY,
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('general_counsel', 'cfo', 'audit_committee', 'board', 'investigator', 'hr', 'admin')),
        password_hash text NOT NULL,
        totp_secret_enc bytea NOT NULL,
        totp_last_step bigint NOT NULL DEFAULT 0,
        name_index bytea NOT NULL,
        email_index bytea NOT NULL,
        is_chair boolean NOT NULL DEFAULT false,
        notification_mode text NOT NULL DEFAULT 'immediate' CHECK (notification_mode IN ('immediate', 'daily_digest')),
        disabled_at timestamptz(3),
        created_at timestamptz(3) NOT NULL,
        updated_at timestamptz(3) NOT NULL
      )`);
    await q.query(`CREATE INDEX staff_role_idx ON staff (role) WHERE disabled_at IS NULL`);
    await q.query(`CREATE INDEX staff_name_index_idx ON staff (name_index)`);
    await q.query(`CREATE INDEX staff_email_index_idx ON staff (email_index)`);

    // Server-side sessions behind the short-lived access tokens: sign-out (or disabling the
    // account) ends a session at once, and checking one needs only PostgreSQL, never Redis.
    await q.query(`
      CREATE TABLE staff_sessions (
        id uuid PRIMARY KEY,
        staff_id uuid NOT NULL REFERENCES staff (id),
        created_at timestamptz(3) NOT NULL,
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3)
      )`);
    await q.query(`CREATE INDEX staff_sessions_staff_idx ON staff_sessions (staff_id)`);

    // How a party was matched to a staff member: added by staff naming them, or matched
    // automatically at intake (to be reviewed by the handler).
    await q.query(
      `ALTER TABLE case_parties ADD COLUMN staff_match text CHECK (staff_match IN ('staff', 'automatic', 'confirmed'))`,
    );

    await q.query(`ALTER TABLE cases ADD COLUMN next_due_at timestamptz(3)`);
    await q.query(`ALTER TABLE cases ADD COLUMN finding text`);
    await q.query(`UPDATE cases SET next_due_at = acknowledge_by WHERE acknowledged_at IS NULL`);
    // Keyset pagination of the triage list: by next due date, then reference; one index per route
    // so each body's list is an index range scan.
    await q.query(`CREATE INDEX cases_due_idx ON cases (routed_to, next_due_at, reference)`);
    await q.query(
      `CREATE INDEX cases_status_due_idx ON cases (routed_to, status, next_due_at, reference)`,
    );
    await q.query(
      `CREATE INDEX cases_concern_due_idx ON cases (routed_to, concern_type, next_due_at, reference)`,
    );

    await q.query(`
      CREATE TABLE case_assignments (
        case_id uuid NOT NULL REFERENCES cases (id),
        staff_id uuid NOT NULL REFERENCES staff (id),
        assigned_by uuid NOT NULL REFERENCES staff (id),
        assigned_at timestamptz(3) NOT NULL,
        PRIMARY KEY (case_id, staff_id)
      )`);
    await q.query(`CREATE INDEX case_assignments_staff_idx ON case_assignments (staff_id)`);

    await q.query(`
      CREATE TABLE case_notes (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id),
        author_id uuid NOT NULL REFERENCES staff (id),
        kind text NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'interview')),
        corrects_note_id uuid REFERENCES case_notes (id),
        body_enc bytea NOT NULL,
        created_at timestamptz(3) NOT NULL
      )`);
    await q.query(`CREATE INDEX case_notes_case_idx ON case_notes (case_id, created_at)`);

    await q.query(`
      CREATE TABLE case_outcomes (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id),
        finding text NOT NULL CHECK (finding IN ('substantiated', 'partially_substantiated', 'unsubstantiated', 'insufficient_information')),
        summary_enc bytea NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff (id),
        recorded_at timestamptz(3) NOT NULL,
        effective_at timestamptz(3)
      )`);
    await q.query(`CREATE INDEX case_outcomes_case_idx ON case_outcomes (case_id, recorded_at)`);

    await q.query(`
      CREATE TABLE case_actions (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id),
        kind text NOT NULL CHECK (kind IN ('disciplinary', 'corrective', 'interim')),
        measure text NOT NULL,
        details_enc bytea NOT NULL,
        due_date date,
        recorded_by uuid NOT NULL REFERENCES staff (id),
        recorded_at timestamptz(3) NOT NULL,
        effective_at timestamptz(3)
      )`);
    await q.query(`CREATE INDEX case_actions_case_idx ON case_actions (case_id, recorded_at)`);

    await q.query(`
      CREATE TABLE approvals (
        subject_type text NOT NULL CHECK (subject_type IN ('outcome', 'action')),
        subject_id uuid NOT NULL,
        staff_id uuid NOT NULL REFERENCES staff (id),
        role text NOT NULL,
        approved_at timestamptz(3) NOT NULL,
        PRIMARY KEY (subject_type, subject_id, staff_id)
      )`);

    await q.query(`GRANT SELECT, INSERT, UPDATE ON staff, staff_sessions TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON case_assignments TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON case_notes, approvals TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON case_outcomes, case_actions TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE approvals`);
    await q.query(`DROP TABLE case_actions`);
    await q.query(`DROP TABLE case_outcomes`);
    await q.query(`DROP TABLE case_notes`);
    await q.query(`DROP TABLE case_assignments`);
    await q.query(`DROP INDEX cases_concern_due_idx`);
    await q.query(`DROP INDEX cases_status_due_idx`);
    await q.query(`DROP INDEX cases_due_idx`);
    await q.query(`ALTER TABLE cases DROP COLUMN finding`);
    await q.query(`ALTER TABLE cases DROP COLUMN next_due_at`);
    await q.query(`ALTER TABLE case_parties DROP COLUMN staff_match`);
    await q.query(`DROP TABLE staff_sessions`);
    await q.query(`DROP TABLE staff`);
  }
}
