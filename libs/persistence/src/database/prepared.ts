import { createHash } from 'node:crypto';
import type { SqlRunner } from './returning.js';

/**
 * A statement PostgreSQL parses and plans once per connection instead of on every call: node-postgres
 * sends it under its `name` the first time a pooled connection runs it, and only the parameters
 * after that. For the hot reads (the triage list and the console's queue, whose access rule makes
 * planning cost more than running) that is most of PostgreSQL's time per request.
 *
 * The name is derived from the text, so a statement built from filters gets one name per shape and
 * two different texts can never share a name on a connection (node-postgres refuses that).
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

const names = new Map<string, string>();
/** Shapes of dynamic statements are few (filters × visibility); this only bounds a runaway. */
const MAX_NAMES = 10_000;

export function prepared(text: string): PreparedStatement {
  let name = names.get(text);
  if (name === undefined) {
    name = `candor_${createHash('sha256').update(text).digest('base64url').slice(0, 22)}`;
    if (names.size < MAX_NAMES) names.set(text, name);
  }
  return { name, text };
}

/**
 * Runs a prepared statement through a unit of work. TypeORM hands its query argument straight to
 * node-postgres, which takes a `{ name, text }` config where TypeORM's types say string.
 */
export function queryPrepared(
  runner: SqlRunner,
  statement: PreparedStatement,
  values: unknown[],
): Promise<unknown> {
  return runner.query(statement as unknown as string, values);
}

/** The SQL of a query TypeORM reports back (a text, or a prepared statement's config). */
export function queryText(query: unknown): string | undefined {
  if (typeof query === 'string') return query;
  if (typeof query === 'object' && query !== null && 'text' in query) {
    const text = query.text;
    if (typeof text === 'string') return text;
  }
  return undefined;
}
