// Drops every database this run created, including ones a crashed test file left behind.
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
}
