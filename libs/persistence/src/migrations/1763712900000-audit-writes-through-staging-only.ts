import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database/roles.js';

/**
 * Since entries are sealed at COMMIT by the owner's trigger (1763712800000), the application role
 * needs to write nothing of the chain itself: it inserts staged entries and reads the log and its
 * head. Its remaining rights to insert into `audit_log`, move `audit_head` and call `audit_append`
 * would only let a compromised application write past the staging path, so they are taken back.
 */
export class AuditWritesThroughStagingOnly1763712900000 implements MigrationInterface {
  name = 'AuditWritesThroughStagingOnly1763712900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE INSERT ON audit_log FROM ${APP_ROLE}`);
    await q.query(`REVOKE UPDATE ON audit_head FROM ${APP_ROLE}`);
    await q.query(
      `REVOKE EXECUTE ON FUNCTION audit_append(text, text, uuid, text, text, text) FROM ${APP_ROLE}`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `GRANT EXECUTE ON FUNCTION audit_append(text, text, uuid, text, text, text) TO ${APP_ROLE}`,
    );
    await q.query(`GRANT UPDATE ON audit_head TO ${APP_ROLE}`);
    await q.query(`GRANT INSERT ON audit_log TO ${APP_ROLE}`);
  }
}
