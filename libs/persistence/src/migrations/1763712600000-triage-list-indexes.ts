import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that let the triage list walk cases already in its order (next due date, reference)
 * and stop after one page. The per-route indexes cannot serve the order when the visible routes
 * are a list (`routed_to = ANY(…)`), which made PostgreSQL sort every matching case: 231 ms for
 * a status filter at a million cases, 0.13 ms with these (EXPLAIN ANALYZE, same data).
 */
export class TriageListIndexes1763712600000 implements MigrationInterface {
  name = 'TriageListIndexes1763712600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_list_due_idx ON cases (next_due_at, reference)`);
    await q.query(
      `CREATE INDEX cases_list_status_due_idx ON cases (status, next_due_at, reference)`,
    );
    await q.query(
      `CREATE INDEX cases_list_concern_due_idx ON cases (concern_type, next_due_at, reference)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_list_concern_due_idx`);
    await q.query(`DROP INDEX cases_list_status_due_idx`);
    await q.query(`DROP INDEX cases_list_due_idx`);
  }
}
