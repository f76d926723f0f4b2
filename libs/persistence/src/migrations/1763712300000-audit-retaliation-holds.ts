import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database/roles.js';

/** Child tables whose rows a retention purge deletes; a legal hold forbids that in the database. */
const PURGED_CHILD_TABLES = [
  'case_messages',
  'case_files',
  'case_notes',
  'case_reporters',
  'case_parties',
];

/**
 * Legal holds, the crypto-shredding purge of retention, protected people on a case, and
 * adverse-action checks with their retaliation reviews (product.md §6 and §8).
 *
 * The application role gets DELETE only on the child tables a purge empties, never on audit_log;
 * and the database itself refuses those deletes, and the purge of a case, while a hold is active,
 * so that no code path (ours or a future one) can destroy held evidence.
 */
export class AuditRetaliationHolds1763712300000 implements MigrationInterface {
  name = 'AuditRetaliationHolds1763712300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_holds (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id),
        matter text NOT NULL CHECK (length(matter) BETWEEN 1 AND 200),
        placed_by uuid NOT NULL REFERENCES staff (id),
        placed_at timestamptz(3) NOT NULL,
        released_by uuid REFERENCES staff (id),
        released_at timestamptz(3),
        release_note_enc bytea,
        -- Released means released by someone, at a time, with a written note; never half of that.
        CHECK ((released_at IS NULL) = (released_by IS NULL)),
        CHECK (released_at IS NOT NULL OR release_note_enc IS NULL)
      )`);
    // At most one active hold per case: placing a second one is a conflict, not a second row.
    await q.query(
      `CREATE UNIQUE INDEX legal_holds_active_idx ON legal_holds (case_id) WHERE released_at IS NULL`,
    );

    // Crypto-shredding: a purged case loses its wrapped data key, so any ciphertext left behind
    // (in a backup, say) can no longer be opened. The tombstone keeps only the plain columns.
    await q.query(`ALTER TABLE cases ADD COLUMN purged_at timestamptz(3)`);
    for (const column of ['data_key_wrapped', 'title_enc', 'description_enc']) {
      await q.query(`ALTER TABLE cases ALTER COLUMN ${column} DROP NOT NULL`);
    }
    await q.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_purged_shredded CHECK (
        purged_at IS NULL OR (data_key_wrapped IS NULL AND title_enc IS NULL AND description_enc IS NULL
          AND occurred_at_enc IS NULL AND location_enc IS NULL AND receipt_hash IS NULL)
      )`);
    await q.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_unpurged_complete CHECK (
        purged_at IS NOT NULL OR (data_key_wrapped IS NOT NULL AND title_enc IS NOT NULL AND description_enc IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX cases_retention_idx ON cases (closed_at) WHERE purged_at IS NULL AND closed_at IS NOT NULL`,
    );
    await q.query(`ALTER TABLE case_outcomes ALTER COLUMN summary_enc DROP NOT NULL`);
    await q.query(`ALTER TABLE case_actions ALTER COLUMN details_enc DROP NOT NULL`);

    // Protected people added by staff carry an employee id, matched by keyed index only.
    await q.query(`ALTER TABLE case_parties ADD COLUMN employee_id_enc bytea`);
    await q.query(`ALTER TABLE case_parties ADD COLUMN employee_id_index bytea`);
    await q.query(
      `CREATE INDEX case_parties_employee_idx ON case_parties (employee_id_index) WHERE employee_id_index IS NOT NULL`,
    );

    await q.query(`
      CREATE FUNCTION refuse_delete_under_legal_hold() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM legal_holds WHERE case_id = OLD.case_id AND released_at IS NULL) THEN
          RAISE EXCEPTION 'case is under legal hold: % on % refused', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'object_in_use';
        END IF;
        RETURN OLD;
      END
      $$`);
    for (const table of PURGED_CHILD_TABLES) {
      await q.query(`
        CREATE TRIGGER ${table}_legal_hold BEFORE DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION refuse_delete_under_legal_hold()`);
    }
    await q.query(`
      CREATE FUNCTION refuse_purge_under_legal_hold() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM legal_holds WHERE case_id = OLD.id AND released_at IS NULL) THEN
          RAISE EXCEPTION 'case is under legal hold: purge refused' USING ERRCODE = 'object_in_use';
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER cases_legal_hold_purge BEFORE UPDATE ON cases
      FOR EACH ROW WHEN (NEW.purged_at IS NOT NULL AND OLD.purged_at IS NULL)
      EXECUTE FUNCTION refuse_purge_under_legal_hold()`);

    // An adverse-action check by HR. The employee as HR described them is sealed under the system
    // key (there is no case key: most checks concern nobody protected).
    await q.query(`
      CREATE TABLE retaliation_checks (
        id uuid PRIMARY KEY,
        submitted_by uuid NOT NULL REFERENCES staff (id),
        adverse_action text NOT NULL CHECK (adverse_action IN ('termination', 'demotion', 'suspension', 'pay_cut', 'transfer', 'negative_review', 'other')),
        effective_date date NOT NULL,
        employee_enc bytea NOT NULL,
        result text NOT NULL CHECK (result IN ('clear', 'review_required')),
        created_at timestamptz(3) NOT NULL
      )`);
    await q.query(
      `CREATE INDEX retaliation_checks_submitter_idx ON retaliation_checks (submitted_by, created_at)`,
    );
    // One review task per check that needs one. `case_id` is null and `match_strength` 'none' for
    // the checks sent to review at random, which HR must not be able to tell apart.
    await q.query(`
      CREATE TABLE retaliation_reviews (
        id uuid PRIMARY KEY,
        check_id uuid NOT NULL UNIQUE REFERENCES retaliation_checks (id),
        case_id uuid REFERENCES cases (id),
        match_strength text NOT NULL CHECK (match_strength IN ('strong', 'weak', 'none')),
        matched_cases integer NOT NULL CHECK (matched_cases >= 0),
        reviewer_ids uuid[] NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'cleared', 'blocked', 'escalated')),
        decided_by uuid REFERENCES staff (id),
        decided_at timestamptz(3),
        reason_enc bytea,
        created_at timestamptz(3) NOT NULL,
        CHECK ((status = 'pending') = (decided_at IS NULL)),
        CHECK ((decided_at IS NULL) = (decided_by IS NULL) AND (decided_at IS NULL) = (reason_enc IS NULL))
      )`);
    await q.query(
      `CREATE INDEX retaliation_reviews_reviewers_idx ON retaliation_reviews USING gin (reviewer_ids)`,
    );

    await q.query(`GRANT SELECT, INSERT, UPDATE ON legal_holds TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON retaliation_checks TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON retaliation_reviews TO ${APP_ROLE}`);
    // Only what a purge needs; audit_log keeps SELECT, INSERT alone.
    await q.query(`GRANT DELETE ON ${PURGED_CHILD_TABLES.join(', ')} TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE DELETE ON ${PURGED_CHILD_TABLES.join(', ')} FROM ${APP_ROLE}`);
    await q.query(`DROP TABLE retaliation_reviews`);
    await q.query(`DROP TABLE retaliation_checks`);
    await q.query(`DROP TRIGGER cases_legal_hold_purge ON cases`);
    await q.query(`DROP FUNCTION refuse_purge_under_legal_hold()`);
    for (const table of PURGED_CHILD_TABLES) {
      await q.query(`DROP TRIGGER ${table}_legal_hold ON ${table}`);
    }
    await q.query(`DROP FUNCTION refuse_delete_under_legal_hold()`);
    await q.query(`DROP INDEX case_parties_employee_idx`);
    await q.query(`ALTER TABLE case_parties DROP COLUMN employee_id_index`);
    await q.query(`ALTER TABLE case_parties DROP COLUMN employee_id_enc`);
    // Purged rows cannot regain their data; NOT NULL comes back only if none exist.
    await q.query(`ALTER TABLE case_actions ALTER COLUMN details_enc SET NOT NULL`);
    await q.query(`ALTER TABLE case_outcomes ALTER COLUMN summary_enc SET NOT NULL`);
    await q.query(`DROP INDEX cases_retention_idx`);
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_unpurged_complete`);
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_purged_shredded`);
    for (const column of ['data_key_wrapped', 'title_enc', 'description_enc']) {
      await q.query(`ALTER TABLE cases ALTER COLUMN ${column} SET NOT NULL`);
    }
    await q.query(`ALTER TABLE cases DROP COLUMN purged_at`);
    await q.query(`DROP TABLE legal_holds`);
  }
}
