// Jest global setup (plain ESM: it runs outside Jest's transform and module mapper).
// Migrates one template database for this run with the real, built CLI (`npm run test:e2e` builds
// first); every test file clones it with CREATE DATABASE … TEMPLATE, so files run in parallel, never
// see each other's rows, and never touch the `candor` database.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { deleteRedisKeys } from './global-teardown.mjs';

const root = join(import.meta.dirname, '..', '..');
const secret = () => randomBytes(32).toString('base64');

export default async function globalSetup() {
  const cli = join(root, 'dist', 'apps', 'cli', 'src', 'main.js');
  if (!existsSync(cli))
    throw new Error(
      'dist/ is missing: run the e2e suite with `npm run test:e2e` (it builds first)',
    );
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  Object.assign(process.env, {
    CANDOR_TEST_RUN: run,
    NODE_ENV: 'test',
    CANDOR_MASTER_KEY: secret(),
    RECEIPT_PEPPER: secret(),
    JWT_SECRET: secret(),
  });
  const owner =
    process.env.TEST_DATABASE_OWNER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const template = new URL(owner);
  template.pathname = `/candor_t_${run}_template`;
  const app = new URL(template);
  app.username = 'candor_app';
  await dropStaleRuns(owner);
  await deleteRedisKeys('candor-test-candor_t_*', (key) => !isStale(key.split('_')[2]));
  execFileSync(process.execPath, [cli, 'db:migrate'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_MIGRATION_URL: template.toString(),
      DATABASE_URL: app.toString(),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const STALE_AFTER_MS = 2 * 3600 * 1000;

/**
 * Databases (and, above, Redis keys) of runs that crashed before their teardown, recognised by the
 * run id (a base-36 timestamp) and left alone while they may still belong to a run in progress.
 */
async function dropStaleRuns(ownerUrl) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'candor\\_t\\_%'`,
    );
    for (const { datname } of rows) {
      if (isStale(datname.split('_')[2])) {
        await client.query(`DROP DATABASE IF EXISTS "${datname.replace(/"/g, '""')}" WITH (FORCE)`);
      }
    }
  } finally {
    await client.end();
  }
}

/** Whether a run id (it starts with Date.now() in base 36, 8 characters until 2059) is stale. */
function isStale(run) {
  const started = parseInt((run ?? '').slice(0, 8), 36);
  return Number.isFinite(started) && Date.now() - started > STALE_AFTER_MS;
}
