import { randomBytes } from 'node:crypto';
import type { DynamicModule, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, loadConfig } from '@candor/platform';
import { createApiApp } from '../../apps/api/src/bootstrap/create-api-app.js';
import { createTestDatabase, TestDatabase } from './test-database.js';
import { redisPrefixOf, SHARED_REDIS_URL } from './test-env.js';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly db: TestDatabase;
  readonly config: AppConfig;
  /** The environment that points a spawned worker or CLI at the same database, Redis and keys. */
  readonly env: TestEnv;
  close(): Promise<void>;
}

/** The variables testEnv always sets, beside whatever overrides a test adds. */
export type TestEnv = Record<string, string> &
  Readonly<
    Record<
      | 'NODE_ENV'
      | 'DATABASE_URL'
      | 'DATABASE_MIGRATION_URL'
      | 'REDIS_URL'
      | 'REDIS_PREFIX'
      | 'MAIL_DIR'
      | 'LOG_LEVEL'
      | 'CANDOR_MASTER_KEY'
      | 'RECEIPT_PEPPER'
      | 'JWT_SECRET',
      string
    >
  >;

/** Environment for this file's own database and Redis key prefix (queues never cross files). */
export function testEnv(db: TestDatabase, overrides: Record<string, string> = {}): TestEnv {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: db.appUrl,
    DATABASE_MIGRATION_URL: db.ownerUrl,
    REDIS_URL: SHARED_REDIS_URL,
    REDIS_PREFIX: redisPrefixOf(db.name),
    MAIL_DIR: `var/test-mail/${db.name}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    CANDOR_MASTER_KEY: process.env.CANDOR_MASTER_KEY ?? '',
    RECEIPT_PEPPER: process.env.RECEIPT_PEPPER ?? '',
    JWT_SECRET: process.env.JWT_SECRET ?? '',
    ...overrides,
  };
}

/** The real HTTP stack on a fresh database; requests go through supertest or `app.inject`. */
export async function startTestApp(
  overrides: Record<string, string> = {},
  extraModules: Array<Type | DynamicModule> = [],
): Promise<TestApp> {
  const db = await createTestDatabase();
  const env = testEnv(db, overrides);
  const { config } = loadConfig({
    ...env,
    DEV_SECRETS_FILE: `var/test-secrets-${randomBytes(4).toString('hex')}.json`,
  });
  const app = await createApiApp(config, extraModules);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    db,
    config,
    env,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
