import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database/roles.js';

/**
 * Cases and what hangs off them, the append-only audit log, and the notification outbox.
 *
 * Report text, identities, messages and files are stored only as AES-256-GCM ciphertext (`*_enc`,
 * bytea) under a per-case data key, itself wrapped by the master key. Matching columns
 * (`*_index`) hold keyed HMACs, never plaintext.
 */
export class CasesAuditOutbox1763712100000 implements MigrationInterface {
  name = 'CasesAuditOutbox1763712100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE CHECK (reference ~ '^CND-[0-9]{4}-[0-9]{6}$'),
        channel text NOT NULL CHECK (channel IN ('web', 'mail', 'phone', 'email', 'in_person')),
        concern_type text NOT NULL,
        status text NOT NULL DEFAULT 'received',
        anonymous boolean NOT NULL,
        routed_to text NOT NULL CHECK (routed_to IN ('general_counsel', 'audit_committee', 'board')),
        handled_by text NOT NULL CHECK (handled_by IN ('general_counsel', 'audit_committee', 'board')),
        related_case_id uuid REFERENCES cases (id),
        recorded_by uuid,
        receipt_hash bytea UNIQUE,
        master_key_id text NOT NULL,
        data_key_id text NOT NULL,
        data_key_wrapped bytea NOT NULL,
        title_enc bytea NOT NULL,
        description_enc bytea NOT NULL,
        occurred_at_enc bytea,
        location_enc bytea,
        title_terms text[] NOT NULL DEFAULT '{}',
        received_at timestamptz(3) NOT NULL,
        acknowledge_by timestamptz(3) NOT NULL,
        acknowledged_at timestamptz(3),
        feedback_due_at timestamptz(3),
        feedback_given_at timestamptz(3),
        resolved_at timestamptz(3),
        closed_at timestamptz(3),
        dismissal_reason text,
        updated_at timestamptz(3) NOT NULL
      )`);
    await q.query(`CREATE INDEX cases_routed_status_idx ON cases (routed_to, status)`);
    await q.query(
      `CREATE INDEX cases_related_idx ON cases (related_case_id) WHERE related_case_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX cases_title_terms_idx ON cases USING gin (title_terms)`);

    await q.query(`
      CREATE TABLE case_routings (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id),
        trigger text NOT NULL CHECK (trigger IN ('intake', 'reroute')),
        routed_to text NOT NULL,
        handled_by text NOT NULL,
        rule_id text NOT NULL,
        explanation text NOT NULL,
        policy_version text NOT NULL,
        decided_by uuid,
        decided_at timestamptz(3) NOT NULL
      )`);
    await q.query(`CREATE INDEX case_routings_case_idx ON case_routings (case_id, decided_at)`);

    await q.query(`
      CREATE TABLE case_reporters (
        case_id uuid PRIMARY KEY REFERENCES cases (id),
        name_enc bytea NOT NULL,
        email_enc bytea,
        phone_enc bytea,
        name_index bytea,
        email_index bytea,
        created_at timestamptz(3) NOT NULL
      )`);
    await q.query(
      `CREATE INDEX case_reporters_email_idx ON case_reporters (email_index) WHERE email_index IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX case_reporters_name_idx ON case_reporters (name_index) WHERE name_index IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE case_parties (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id),
        kind text NOT NULL CHECK (kind IN ('implicated', 'witness', 'assisting')),
        role text,
        name_enc bytea,
        contact_enc bytea,
        name_index bytea,
        email_index bytea,
        staff_id uuid,
        added_by uuid,
        created_at timestamptz(3) NOT NULL
      )`);
    await q.query(`CREATE INDEX case_parties_case_idx ON case_parties (case_id)`);
    await q.query(
      `CREATE INDEX case_parties_email_idx ON case_parties (email_index) WHERE email_index IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX case_parties_name_idx ON case_parties (name_index) WHERE name_index IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX case_parties_staff_idx ON case_parties (staff_id) WHERE staff_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE case_files (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id),
        source text NOT NULL CHECK (source IN ('reporter', 'staff')),
        uploaded_by uuid,
        name_enc bytea NOT NULL,
        media_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        metadata_removed boolean NOT NULL,
        content_enc bytea NOT NULL,
        created_at timestamptz(3) NOT NULL
      )`);
    await q.query(`CREATE INDEX case_files_case_idx ON case_files (case_id, created_at)`);

    await q.query(`
      CREATE TABLE case_messages (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id),
        sender text NOT NULL CHECK (sender IN ('reporter', 'handler')),
        kind text NOT NULL DEFAULT 'message',
        staff_id uuid,
        body_enc bytea NOT NULL,
        created_at timestamptz(3) NOT NULL
      )`);
    await q.query(`CREATE INDEX case_messages_case_idx ON case_messages (case_id, created_at)`);

    // The audit log: append-only, hash-chained (libs/domain/src/audit/AUDIT-CHAIN.md). Appends are
    // serialized by locking the single audit_head row, so concurrent writers never fork the chain.
    await q.query(`
      CREATE TABLE audit_log (
        seq bigint PRIMARY KEY,
        occurred_at timestamptz(3) NOT NULL,
        actor_type text NOT NULL CHECK (actor_type IN ('staff', 'reporter', 'system')),
        actor_id uuid,
        action text NOT NULL,
        case_reference text,
        detail jsonb NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await q.query(
      `CREATE INDEX audit_log_case_idx ON audit_log (case_reference, seq) WHERE case_reference IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE audit_head (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        seq bigint NOT NULL,
        hash text NOT NULL
      )`);
    await q.query(
      `INSERT INTO audit_head (singleton, seq, hash) VALUES (true, 0, repeat('0', 64))`,
    );
    await q.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);

    // Events that must notify someone, written in the same transaction as the change.
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        event text NOT NULL,
        case_id uuid,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL,
        relayed_at timestamptz(3)
      )`);
    await q.query(
      `CREATE INDEX outbox_pending_idx ON outbox (created_at) WHERE relayed_at IS NULL`,
    );

    await q.query(`GRANT SELECT, INSERT, UPDATE ON cases TO ${APP_ROLE}`);
    await q.query(
      `GRANT SELECT, INSERT ON case_routings, case_reporters, case_files, case_messages TO ${APP_ROLE}`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE ON case_parties TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON audit_log TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, UPDATE ON audit_head TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON outbox TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE audit_head`);
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_refuse_change()`);
    await q.query(`DROP TABLE case_messages`);
    await q.query(`DROP TABLE case_files`);
    await q.query(`DROP TABLE case_parties`);
    await q.query(`DROP TABLE case_reporters`);
    await q.query(`DROP TABLE case_routings`);
    await q.query(`DROP TABLE cases`);
  }
}
