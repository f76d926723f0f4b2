import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../entities/index.js';
import { MIGRATIONS } from '../migrations/index.js';

/** The application's connection: the least-privileged role, no schema changes, ever. */
export function appDataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    poolSize,
    extra: { connectionTimeoutMillis: 5000, application_name: 'candor' },
  };
}

/** The schema owner's connection, used only by `db:migrate` and the test template. */
export function migrationDataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: { connectionTimeoutMillis: 5000, application_name: 'candor-migrate' },
  };
}
