import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { databaseOutageReason, isDatabaseUnavailable } from './database-unavailable.js';

/** An error as pg raises it for a server message: a message and a SQLSTATE. */
function serverError(code: string, message = 'server error'): Error {
  return Object.assign(new Error(message), { code, severity: 'FATAL' });
}

function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: 'connect' });
}

describe(isDatabaseUnavailable.name, () => {
  it.each<[string, unknown, string]>([
    ['a refused connection', socketError('ECONNREFUSED'), 'connection refused'],
    ['a reset connection', socketError('ECONNRESET'), 'connection reset'],
    ['a connect timeout', socketError('ETIMEDOUT'), 'connection timed out'],
    [
      'an administrator shutdown',
      serverError('57P01', 'terminating connection due to administrator command'),
      'the server is shutting down (57P01)',
    ],
    ['a server crash', serverError('57P02'), 'the server crashed (57P02)'],
    [
      'a server starting up or shutting down',
      serverError('57P03', 'the database system is shutting down'),
      'the server is not accepting connections yet (57P03)',
    ],
    ['too many connections', serverError('53300'), 'the server has no connection left (53300)'],
    ['a connection exception (class 08)', serverError('08006'), 'connection failure (08006)'],
    ['a connection that died', new Error('Connection terminated unexpectedly'), 'connection lost'],
    [
      'a pool that found no connection in time',
      new Error('timeout exceeded when trying to connect'),
      'no connection within the timeout',
    ],
    [
      'a broken client',
      new Error('Client has encountered a connection error and is not queryable'),
      'connection lost',
    ],
    [
      'a transaction whose connection TypeORM released',
      new QueryRunnerProviderAlreadyReleasedError(),
      'connection lost during a transaction',
    ],
    [
      "pg's error inside TypeORM's QueryFailedError",
      new QueryFailedError('SELECT 1', [], serverError('57P01')),
      'the server is shutting down (57P01)',
    ],
    [
      'a chained cause',
      new Error('Connection terminated due to connection timeout', {
        cause: socketError('ETIMEDOUT'),
      }),
      'connection lost',
    ],
    [
      'every address of a host refusing',
      new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')], 'refused'),
      'connection refused',
    ],
  ])('recognises %s', (_what, error, reason) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(databaseOutageReason(error)).toBe(reason);
  });

  it.each<[string, unknown]>([
    ['a unique violation', new QueryFailedError('INSERT', [], serverError('23505'))],
    ['invalid input', serverError('22P02')],
    ['a failed login (a configuration mistake, not an outage)', serverError('28P01')],
    ['a missing database', serverError('3D000')],
    ['a Redis producer with Redis away', new Error("Stream isn't writeable")],
    ['an unexpected error', new TypeError('x is undefined')],
    ['a value that is not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('leaves %s alone', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('names a code or a fixed phrase, never what the statement was', () => {
    const error = new QueryFailedError(
      'INSERT INTO staff (email) VALUES ($1)',
      ['someone@example.com'],
      serverError('57P01', 'terminating connection due to administrator command'),
    );
    expect(databaseOutageReason(error)).not.toMatch(/example|INSERT/);
  });
});
