/** Anything that runs SQL the way TypeORM's EntityManager and DataSource do. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Rows of an `UPDATE … RETURNING` or `DELETE … RETURNING`. TypeORM answers those two commands with
 * `[rows, rowCount]` instead of the rows, which reads as "two rows" to code that checks the
 * length — so every such statement goes through here.
 */
export async function modifyReturning<T>(
  runner: SqlRunner,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  if (!/^\s*(update|delete|with)\b/i.test(sql))
    throw new Error('modifyReturning is for UPDATE or DELETE … RETURNING');
  const raw = await runner.query(sql, parameters);
  if (
    Array.isArray(raw) &&
    raw.length === 2 &&
    Array.isArray(raw[0]) &&
    typeof raw[1] === 'number'
  ) {
    return raw[0] as T[];
  }
  return raw as T[];
}
