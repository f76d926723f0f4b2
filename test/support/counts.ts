import type { TestDatabase } from './test-database.js';

const TABLES = [
  'cases',
  'case_routings',
  'case_reporters',
  'case_parties',
  'case_files',
  'case_messages',
  'audit_log',
  'outbox',
];

/** Row counts of every table a report writes, to prove a refused request left nothing behind. */
export async function rowCounts(db: TestDatabase): Promise<Record<string, number>> {
  const rows = await db.query<{ table: string; n: string }>(
    TABLES.map((t) => `SELECT '${t}' AS table, count(*)::text AS n FROM ${t}`).join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((r) => [r.table, Number(r.n)]));
}
