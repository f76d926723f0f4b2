import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';
import { databasePrefix, OWNER_URL } from '../support/test-env.js';
import { testEnv } from '../support/test-app.js';
import { runToEnd } from '../support/processes.js';

function urlFor(database: string, user: string): string {
  const url = new URL(OWNER_URL);
  url.pathname = `/${database}`;
  url.username = user;
  return url.toString();
}

describe('db:migrate and process start-up', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('creates a missing database, applies the migrations, and is idempotent', async () => {
    const name = `${databasePrefix()}_fresh_${randomBytes(3).toString('hex')}`;
    const env = testEnv(db, {
      DATABASE_MIGRATION_URL: urlFor(name, 'postgres'),
      DATABASE_URL: urlFor(name, 'candor_app'),
    });

    const first = await runToEnd('cli', ['db:migrate'], env);
    expect(first.code).toBe(0);
    const result = JSON.parse(first.output.trim().split('\n').pop() ?? '{}') as {
      createdDatabase: boolean;
      applied: string[];
    };
    expect(result.createdDatabase).toBe(true);
    expect(result.applied.length).toBeGreaterThan(0);

    const second = await runToEnd('cli', ['db:migrate'], env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.output.trim())).toMatchObject({ createdDatabase: false, applied: [] });
  });

  it('gives the application role no right to change the schema', async () => {
    const client = new pg.Client({ connectionString: db.appUrl });
    await client.connect();
    try {
      await expect(client.query('CREATE TABLE intruder (id int)')).rejects.toMatchObject({
        code: '42501',
      });
    } finally {
      await client.end();
    }
  });

  it.each([
    ['a malformed DATABASE_URL', { DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [
      'an unreachable database',
      { DATABASE_URL: 'postgres://candor_app@127.0.0.1:1/candor' },
      /cannot reach PostgreSQL at postgres:\/\/candor_app@127\.0\.0\.1:1\/candor/,
    ],
    [
      'a missing database',
      { DATABASE_URL: 'postgres://candor_app@127.0.0.1:5432/candor_t_no_such_db' },
      /does not exist/,
    ],
  ])('stops the API with one clear line for %s', async (_what, overrides, message) => {
    const { code, output } = await runToEnd('api', [], testEnv(db, overrides));
    expect(code).toBe(1);
    const lines = output
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('warning:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(output).not.toMatch(/\bat .+\(.+:\d+:\d+\)/); // no stack trace
  });

  it('refuses to start in production without real secrets, naming each missing one', async () => {
    const { code, output } = await runToEnd(
      'worker',
      [],
      testEnv(db, {
        NODE_ENV: 'production',
        CANDOR_MASTER_KEY: '',
        RECEIPT_PEPPER: 'changeme',
        JWT_SECRET: Buffer.alloc(32, 7).toString('base64'),
      }),
    );
    expect(code).toBe(1);
    expect(output).toMatch(/CANDOR_MASTER_KEY is required in production/);
    expect(output).toMatch(/RECEIPT_PEPPER is too weak/);
    expect(output).toMatch(/JWT_SECRET is too weak/);
    expect(output.trim().split('\n')).toHaveLength(1);
  });
});
