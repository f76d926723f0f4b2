import { DatabaseError } from 'pg';
import type { Logger as PinoLogger } from 'pino';
import { QueryFailedError, type Logger as TypeOrmLogger } from 'typeorm';
import { queryText } from './prepared.js';

const SQLSTATE = /^[0-9A-Z]{5}$/;
const NAME = /^[\w$.]{1,128}$/;

/** The fields of a PostgreSQL error that name schema objects: never a value. */
const NAMED_FIELDS = ['table', 'column', 'constraint', 'dataType', 'routine'] as const;

/**
 * What a failed query may put in a log line: the statement's first keyword, the SQLSTATE, and the
 * schema objects PostgreSQL names (table, column, constraint, type). Never the parameters, never
 * the query text (a literal in it may be a password: `ALTER ROLE … PASSWORD '…'`), and never
 * PostgreSQL's message, which quotes the offending value (`invalid input syntax for type uuid:
 * "…"`); its DETAIL holds the whole failing row. An error that carries no SQLSTATE comes from the
 * driver or the network (`Connection terminated unexpectedly`), not from the query's values, so
 * its message is kept.
 */
export function describeQueryFailure(error: unknown, query?: unknown): Record<string, unknown> {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as Record<
    string,
    unknown
  >;
  const described: Record<string, unknown> = {};
  const text = queryText(query);
  const statement = text === undefined ? undefined : /^\s*([A-Za-z]+)/.exec(text)?.[1];
  if (statement) described.statement = statement.toUpperCase();
  // QueryFailedError wraps the driver's error and copies its fields onto itself.
  const code = fields.code;
  if (typeof code === 'string' && SQLSTATE.test(code)) {
    described.code = code;
    for (const name of NAMED_FIELDS) {
      const value = fields[name];
      if (typeof value === 'string' && NAME.test(value)) described[name] = value;
    }
  } else {
    if (typeof code === 'string') described.code = code;
    if (error instanceof Error) described.message = error.message;
    else if (typeof error === 'string') described.message = error;
  }
  return described;
}

/**
 * A database error as a log line may carry it (described as above, with its stack frames but not
 * its message), or undefined for any other error.
 */
export function databaseErrorForLog(error: unknown): Record<string, unknown> | undefined {
  if (!(error instanceof QueryFailedError) && !(error instanceof DatabaseError)) return undefined;
  const query = error instanceof QueryFailedError ? error.query : undefined;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return { name: error.name, db: describeQueryFailure(error, query), stack: frames.join('\n') };
}

/**
 * TypeORM's logger, writing through the process's pino logger instead of the console. TypeORM's
 * own loggers print a failed query with its parameters (a typed email, a retaliation check's
 * fields) to stdout; this one writes one warning per failed query, described above.
 */
export class DatabaseLogger implements TypeOrmLogger {
  private readonly logger: PinoLogger;

  constructor(root: PinoLogger) {
    this.logger = root.child({ context: 'Database' });
  }

  logQuery(): void {
    // Queries are not logged: their parameters are the portal's data.
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn({ db: describeQueryFailure(error, query) }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(
      { db: { statement: describeQueryFailure(undefined, query).statement, ms: time } },
      'slow query',
    );
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.debug(message);
  }

  /** TypeORM's own notices (missing extensions and the like): its text, no data. */
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
