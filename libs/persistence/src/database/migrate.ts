import { Client } from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { describeConnectionError } from './connection-error.js';
import { migrationDataSourceOptions } from './data-source-options.js';
import {
  databaseNameOf,
  ident,
  literal,
  passwordOf,
  userOf,
  withDatabase,
} from './database-url.js';
import { APP_ROLE } from './roles.js';

export interface MigrateResult {
  readonly createdDatabase: boolean;
  readonly applied: string[];
}

/**
 * Creates the database if it does not exist, applies pending migrations as the schema owner, and
 * makes sure the application's login role exists and belongs to the application role.
 */
export async function migrate(
  migrationUrl: string,
  appUrl: string,
  log: Logger,
): Promise<MigrateResult> {
  const createdDatabase = await createDatabaseIfMissing(migrationUrl);
  const dataSource = new DataSource(migrationDataSourceOptions(migrationUrl, log));
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new Error(describeConnectionError(migrationUrl, error));
  }
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await ensureLoginRole(dataSource, appUrl);
    return { createdDatabase, applied: applied.map((m) => m.name) };
  } finally {
    await dataSource.destroy();
  }
}

async function createDatabaseIfMissing(migrationUrl: string): Promise<boolean> {
  const database = databaseNameOf(migrationUrl);
  const maintenanceUrl = withDatabase(migrationUrl, 'postgres');
  const client = new Client({ connectionString: maintenanceUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(describeConnectionError(maintenanceUrl, error));
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${ident(database)}`);
    return true;
  } catch (error) {
    // Another process created it between our check and our CREATE.
    if ((error as { code?: string }).code === '42P04') return false;
    throw error;
  } finally {
    await client.end();
  }
}

async function ensureLoginRole(dataSource: DataSource, appUrl: string): Promise<void> {
  const user = userOf(appUrl);
  const password = passwordOf(appUrl);
  if (!user) return;
  if (user !== APP_ROLE) {
    const exists: unknown[] = await dataSource.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [
      user,
    ]);
    if (exists.length === 0) await dataSource.query(`CREATE ROLE ${ident(user)} LOGIN`);
    await dataSource.query(`GRANT ${APP_ROLE} TO ${ident(user)}`);
  }
  if (password) {
    await dataSource.query(`ALTER ROLE ${ident(user)} PASSWORD ${literal(password)}`);
  }
}
