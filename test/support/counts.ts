import { must } from '@candor/platform';
import type { TestDatabase } from './test-database.js';

const TABLES = [
  'cases',
  'case_routings',
  'case_reporters',
  'case_parties',
  'case_files',
  'case_messages',
  'case_notes',
  'case_assignments',
  'case_outcomes',
  'case_actions',
  'approvals',
  'legal_holds',
  'retaliation_checks',
  'retaliation_reviews',
  'audit_log',
  'outbox',
] as const;

/**
 * Row counts of every table a request about a case writes, to prove a refused request left nothing
 * behind. (The worker's own tables, notification deliveries and triggers, are not among them.)
 */
export async function rowCounts(
  db: Pick<TestDatabase, 'query'>,
): Promise<Record<(typeof TABLES)[number], number>> {
  const rows = await db.query<{ table: string; n: string }>(
    TABLES.map((t) => `SELECT '${t}' AS table, count(*)::text AS n FROM ${t}`).join(' UNION ALL '),
  );
  const counted = new Map(rows.map((r) => [r.table, Number(r.n)]));
  return Object.fromEntries(
    TABLES.map((table) => [table, must(counted.get(table), `a count of ${table}`)]),
  ) as Record<(typeof TABLES)[number], number>;
}
