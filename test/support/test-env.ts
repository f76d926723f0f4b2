/** Names shared between the global setup, every test file and the processes they spawn. */
export const OWNER_URL =
  process.env.TEST_DATABASE_OWNER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const APP_USER = 'candor_app';
export const SHARED_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function runId(): string {
  const id = process.env.CANDOR_TEST_RUN;
  if (!id)
    throw new Error('CANDOR_TEST_RUN is not set: run the e2e suite through jest (global setup)');
  return id;
}

/** Every database this run creates starts with this prefix, so teardown finds them all. */
export function databasePrefix(): string {
  return `candor_t_${runId()}`;
}

export function templateDatabase(): string {
  return `${databasePrefix()}_template`;
}

/**
 * The Redis key prefix of the processes a test database serves (testEnv): queues never cross
 * files, and the database's drop() deletes the keys with it.
 */
export function redisPrefixOf(databaseName: string): string {
  return `candor-test-${databaseName}`;
}
