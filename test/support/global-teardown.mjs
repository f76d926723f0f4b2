// Drops every database this run created, including ones a crashed test file left behind, and every
// key the run's processes left in the shared Redis (test files delete their own as they close;
// this catches those of a file that crashed, or of a process that outlived its file).
import { Redis } from 'ioredis';
import pg from 'pg';

export default async function globalTeardown() {
  const run = process.env.CANDOR_TEST_RUN;
  if (!run) return;
  const client = new pg.Client({
    connectionString:
      process.env.TEST_DATABASE_OWNER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname DESC`,
      [`candor\\_t\\_${run}\\_%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname.replace(/"/g, '""')}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
  await deleteRedisKeys(`candor-test-candor_t_${run}_*`);
}

/** The key prefix of a test database's processes is `candor-test-<database name>` (test-env.ts). */
export async function deleteRedisKeys(pattern, keep = () => false) {
  const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  await redis.connect();
  try {
    for await (const keys of redis.scanStream({ match: pattern, count: 1000 })) {
      const doomed = keys.filter((key) => !keep(key));
      if (doomed.length > 0) await redis.unlink(...doomed);
    }
  } finally {
    redis.disconnect();
  }
}
