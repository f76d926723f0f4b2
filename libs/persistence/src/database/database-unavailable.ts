/**
 * Whether an error means "PostgreSQL cannot be reached right now" (stopped, restarting, failing
 * over, out of connections, the network in between gone) rather than "this statement is wrong".
 * Callers answer the first with 503 and `Retry-After`, log it once per outage, and retry later;
 * the second stays a bug.
 *
 * Raw socket errors (ECONNREFUSED, ECONNRESET, …) count too: pg passes them on unwrapped, and in
 * the API and the worker nothing else does (ioredis reports its own failures without a socket
 * code, nodemailer's errors are turned into DeliveryFailure before they leave the transport).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseOutageReason(error) !== undefined;
}

/**
 * A few words on why the database is unavailable, safe for a log line (a code or a fixed phrase,
 * never a statement or its parameters), or undefined when the error is not an outage.
 */
export function databaseOutageReason(error: unknown): string | undefined {
  return reasonOf(error, 0);
}

/** SQLSTATEs of a server that is going away, starting up or refusing connections. */
const SERVER_STATES: Readonly<Record<string, string>> = {
  '57P01': 'the server is shutting down (57P01)',
  '57P02': 'the server crashed (57P02)',
  '57P03': 'the server is not accepting connections yet (57P03)',
  '53300': 'the server has no connection left (53300)',
};

const SOCKET_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ECONNABORTED: 'connection aborted',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EAI_AGAIN: 'name lookup failed',
};

/** What pg and pg-pool say when a connection dies or cannot be had in time. */
const DRIVER_MESSAGES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Connection terminated/, 'connection lost'],
  [/^timeout exceeded when trying to connect$/, 'no connection within the timeout'],
  [/is not queryable$/, 'connection lost'],
];

/**
 * TypeORM releases a transaction's connection as soon as pg reports it broken, and the
 * transaction's next statement then fails with one of these instead of pg's error. A bug that used
 * a finished transaction would fail the same way; it would show as outages of about a second
 * (DatabaseOutage finds the database answering at once), not as silence.
 */
const RELEASED_BY_TYPEORM = new Set([
  'QueryRunnerProviderAlreadyReleasedError',
  'QueryRunnerAlreadyReleasedError',
]);

function reasonOf(error: unknown, depth: number): string | undefined {
  if (depth > 4 || typeof error !== 'object' || error === null) return undefined;
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  if (typeof name === 'string' && RELEASED_BY_TYPEORM.has(name)) {
    return 'connection lost during a transaction';
  }
  if (typeof code === 'string') {
    if (SERVER_STATES[code]) return SERVER_STATES[code];
    // Class 08: connection exceptions (the server dropped or refused the session).
    if (/^08[0-9A-Z]{3}$/.test(code)) return `connection failure (${code})`;
    if (SOCKET_CODES[code]) return SOCKET_CODES[code];
  }
  if (typeof message === 'string') {
    for (const [pattern, reason] of DRIVER_MESSAGES) if (pattern.test(message)) return reason;
  }
  // TypeORM's QueryFailedError keeps pg's error as driverError; pg-pool and Node chain theirs as
  // cause; a connection to a host with several addresses fails with an AggregateError.
  const { driverError, cause, errors } = error as {
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  const nested: unknown[] = Array.isArray(errors) ? (errors as unknown[]) : [];
  for (const inner of [driverError, cause, ...nested]) {
    const reason = reasonOf(inner, depth + 1);
    if (reason) return reason;
  }
  return undefined;
}
