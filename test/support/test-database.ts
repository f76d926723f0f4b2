import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { ident, withDatabase } from '@candor/persistence';
import { deleteKeysUnder } from './redis-keys.js';
import {
  APP_USER,
  databasePrefix,
  OWNER_URL,
  redisPrefixOf,
  SHARED_REDIS_URL,
  templateDatabase,
} from './test-env.js';

export interface TestDatabase {
  readonly name: string;
  /** As the application role (what the API and worker use). */
  readonly appUrl: string;
  /** As the schema owner (for assertions on raw rows and for tampering tests). */
  readonly ownerUrl: string;
  query<T extends Record<string, unknown> = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<T[]>;
  drop(): Promise<void>;
}

async function withOwner<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: OWNER_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the run's migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${databasePrefix()}_${randomBytes(4).toString('hex')}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await withOwner((c) =>
        c.query(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(templateDatabase())}`),
      );
      break;
    } catch (error) {
      // Two files cloning at the same instant: "source database is being accessed by other users".
      if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
      await sleep(100 + Math.random() * 200);
    }
  }
  const ownerUrl = withDatabase(OWNER_URL, name);
  const appUrl = ownerUrl.replace(/\/\/[^@/]*@/, `//${APP_USER}@`);
  return {
    name,
    appUrl,
    ownerUrl,
    async query(sql, params) {
      const client = new Client({ connectionString: ownerUrl });
      await client.connect();
      try {
        const result = await client.query<Record<string, unknown>>(sql, params);
        return result.rows as never;
      } finally {
        await client.end();
      }
    },
    /** Drops the database and the keys its processes left in the shared Redis. */
    async drop() {
      await withOwner((c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
      await deleteKeysUnder(SHARED_REDIS_URL, redisPrefixOf(name));
    },
  };
}
