import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database/roles.js';

/**
 * Audit entries are sealed onto the chain at COMMIT, not when they are written. `audit_append`
 * locks `audit_head` until its transaction ends; called from the application, the lock was held
 * from the append's round trip through the wait on a busy event loop before the COMMIT was even
 * sent, and every audited transaction in the system queued behind that.
 *
 * Now a transaction writes its entries into `audit_staged` (the texts of the canonical encoding,
 * as `audit_append` takes them) and a deferred constraint trigger seals each one with
 * `audit_append`, in the order written, while COMMIT runs: the lock is taken inside COMMIT and held
 * only for the seal and the commit record. The guarantees do not change: the entry is part of the
 * transaction it records (if sealing fails, COMMIT fails and nothing is written), and once COMMIT
 * returns it is on the chain. The staged row is deleted by the same trigger. The application may
 * only insert into `audit_staged`; the trigger runs as the owner.
 */
export class AuditSealAtCommit1763712800000 implements MigrationInterface {
  name = 'AuditSealAtCommit1763712800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_staged (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at text NOT NULL,
        actor_type text NOT NULL,
        actor_id uuid,
        action text NOT NULL,
        case_reference text,
        detail text NOT NULL
      )`);
    await q.query(`REVOKE ALL ON audit_staged FROM PUBLIC`);
    await q.query(`GRANT INSERT ON audit_staged TO ${APP_ROLE}`);
    await q.query(`
      CREATE FUNCTION audit_seal_staged() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM audit_append(NEW.occurred_at, NEW.actor_type, NEW.actor_id, NEW.action,
                             NEW.case_reference, NEW.detail);
        DELETE FROM audit_staged WHERE id = NEW.id;
        RETURN NULL;
      END
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION audit_seal_staged() FROM PUBLIC`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER audit_staged_seal
        AFTER INSERT ON audit_staged
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION audit_seal_staged()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_staged`);
    await q.query(`DROP FUNCTION audit_seal_staged()`);
  }
}
