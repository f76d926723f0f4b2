import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database refuses a case status the workflow does not know (CASE_STATUSES in
 * libs/domain/src/cases/case-status.ts; a test compares the two lists). Until now only the
 * application kept `cases.status` in the list, so a stray UPDATE could leave a case in a status no
 * screen, deadline or transition understands.
 */
export class CaseStatusCheck1763713600000 implements MigrationInterface {
  name = 'CaseStatusCheck1763713600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_status_check CHECK (status IN (
        'received', 'acknowledged', 'triage', 'investigating',
        'resolved', 'closed', 'dismissed', 'reopened'
      ))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_status_check`);
  }
}
