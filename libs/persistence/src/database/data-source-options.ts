import type { Logger } from 'pino';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../entities/index.js';
import { MIGRATIONS } from '../migrations/index.js';
import { DatabaseLogger } from './database-logger.js';

/**
 * The application's connection: the least-privileged role, no schema changes, ever. TypeORM logs
 * through `log` (see DatabaseLogger), never to the console.
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
    extra: { connectionTimeoutMillis: 5000, application_name: 'candor' },
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
