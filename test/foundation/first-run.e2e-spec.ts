import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, ROOT, runToEnd } from '../support/processes.js';
import { freePort } from '../support/redis-server.js';
import { testEnv } from '../support/test-app.js';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';

const DEV_SECRETS_WARNING = /^warning: development secrets were generated into .*dev-secrets-/m;

describe('a first `npm start`', () => {
  let db: TestDatabase;
  const secretsFile = join(ROOT, 'var', `dev-secrets-${randomBytes(4).toString('hex')}.json`);
  // No secret in the environment: the development secrets file is used, as on a new machine.
  const env = (): Record<string, string> => {
    const {
      CANDOR_MASTER_KEY: _key,
      RECEIPT_PEPPER: _pepper,
      JWT_SECRET: _jwt,
      ...rest
    } = testEnv(db);
    return { ...rest, NODE_ENV: 'development', DEV_SECRETS_FILE: secretsFile };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    rmSync(secretsFile, { force: true });
    await db.drop();
  });

  it('warns once, from db:migrate, that development secrets were generated', async () => {
    const first = await runToEnd('cli', ['db:migrate'], env());
    expect(first.code).toBe(0);
    expect(existsSync(secretsFile)).toBe(true);
    expect(first.output.match(new RegExp(DEV_SECRETS_WARNING, 'gm'))).toHaveLength(1);
    expect(first.output).toContain(
      'production needs real CANDOR_MASTER_KEY, RECEIPT_PEPPER and JWT_SECRET',
    );
    // stdout still carries the command's JSON, on a line of its own.
    const json = first.output.split('\n').find((line) => line.startsWith('{'));
    expect(JSON.parse(json ?? '')).toMatchObject({ pending: 0 });

    const again = await runToEnd('cli', ['db:migrate'], env());
    expect(again.code).toBe(0);
    expect(again.output).not.toMatch(DEV_SECRETS_WARNING);
  });

  it('stops the API and the worker cleanly on Ctrl-C, each on one SIGINT', async () => {
    if (!existsSync(secretsFile)) await runToEnd('cli', ['db:migrate'], env());
    const port = await freePort();
    // Its own process group, which a terminal's Ctrl-C signals as a whole.
    const start = spawn(process.execPath, [join(ROOT, 'scripts', 'start-all.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env(), PORT: String(port), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    start.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => start.once('exit', resolve));
    try {
      await eventually(
        'the API and the worker to start',
        () =>
          Promise.resolve(
            output.includes('Candor API listening') && output.includes('Candor worker started'),
          ),
        30_000,
      );
      process.kill(-(start.pid ?? 0), 'SIGINT');
      const code = await Promise.race([
        exited,
        new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 20_000)),
      ]);
      expect(code).toBe(0);
      expect(output).toContain('candor-api: SIGINT received: shutting down');
      expect(output).toContain('candor-api: stopped');
      expect(output).toContain('worker: SIGINT received: shutting down');
      expect(output).toContain('worker: stopped');
      expect(output).not.toMatch(/again: exiting now|exited \(/);
    } finally {
      // start-all passes a SIGTERM on to the children, which run in process groups of their own.
      if (start.exitCode === null) process.kill(-(start.pid ?? 0), 'SIGTERM');
    }
  });
});
