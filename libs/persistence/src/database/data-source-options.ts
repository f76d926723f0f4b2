import type { Logger } from 'pino';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../entities/index.js';
import { MIGRATIONS } from '../migrations/index.js';
import { DatabaseLogger } from './database-logger.js';

/**
 * The application's prepared statements (prepared.ts) are planned once per connection, for any
 * parameters: left to choose, PostgreSQL planned the triage list and the console's queue again on
 * every call (it keeps custom plans when a statement's generic plan looks dearer on paper, as the
 * list's LIMIT parameter makes it), and planning them costs it more than running them: pgbench on
 * the list at 100k cases, 8 clients, 1.6-1.8k tx/s against 4.4-5.4k with the generic plan. Only
 * named statements have plans to keep, so nothing else the application sends is affected.
 */
const GENERIC_PLANS = '-c plan_cache_mode=force_generic_plan';

/**
 * The application's connection: the least-privileged role, no schema changes, ever. TypeORM logs
 * through `log` (see DatabaseLogger), never to the console.
 *
 * Connections the pool has opened stay open (`min`: node-postgres otherwise closes a connection
 * idle for 10 s). A new connection costs PostgreSQL a backend that starts cold: it loads the
 * catalog entries, compiles the PL/pgSQL triggers and functions and prepares the statements its
 * first requests use, and maps the pages of the shared buffers it touches one by one. After half a
 * minute without a database request (a portal's quiet hours, or the reporter pages' steps before
 * the submit), the next reports paid for all of that: through the pages, 16 reporters at once
 * filed 84-87 reports/s with a p99 of 424-608 ms after such a pause, against 105-110/s and
 * 262-277 ms with the connections still open.
 */
export function appDataSourceOptions(url: string, log: Logger, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logging: ['error', 'warn'],
    logger: new DatabaseLogger(log),
    poolSize,
    extra: {
      min: poolSize,
      connectionTimeoutMillis: 5000,
      application_name: 'candor',
      options: GENERIC_PLANS,
    },
  };
}

/** The schema owner's connection, used only by `db:migrate` and the test template. */
export function migrationDataSourceOptions(url: string, log: Logger): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: ['error', 'warn'],
    logger: new DatabaseLogger(log),
    extra: { connectionTimeoutMillis: 5000, application_name: 'candor-migrate' },
  };
}
