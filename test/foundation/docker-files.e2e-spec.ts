import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/processes.js';

interface ComposeService {
  image?: string;
  command?: string[];
  healthcheck?: unknown;
  environment?: Record<string, string>;
}

const composeFile = join(ROOT, 'docker', 'compose.yml');
const hasComposeClient =
  spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0;

describe('docker/ files', () => {
  const compose = parse(readFileSync(composeFile, 'utf8'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };

  it('declares PostgreSQL 15+, Redis 7 with AOF and noeviction, a mail catcher, the API and the worker', () => {
    const { services } = compose;
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['postgres', 'redis', 'mailpit', 'api', 'worker']),
    );
    expect(
      Number(/postgres:(\d+)/.exec(services.postgres.image ?? '')?.[1]),
    ).toBeGreaterThanOrEqual(15);
    expect(services.redis.image).toMatch(/^redis:7/);
    expect(services.redis.command).toEqual(
      expect.arrayContaining(['--appendonly', 'yes', '--maxmemory-policy', 'noeviction']),
    );
    expect(services.api.command).toEqual(['api']);
    expect(services.worker.command).toEqual(['worker']);
    expect(services.api.environment?.NODE_ENV).toBe('production');
  });

  it('builds one multi-stage image for api, worker and cli', () => {
    const dockerfile = readFileSync(join(ROOT, 'docker', 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(readFileSync(join(ROOT, 'docker', 'entrypoint.sh'), 'utf8')).toMatch(/api\|worker\|cli/);
  });

  (hasComposeClient ? it : it.skip)(
    'parses with `docker compose config` (run only where the compose client exists)',
    () => {
      const env = {
        ...process.env,
        POSTGRES_PASSWORD: 'x',
        CANDOR_DB_PASSWORD: 'x',
        CANDOR_MASTER_KEY: 'x',
        RECEIPT_PEPPER: 'x',
        JWT_SECRET: 'x',
      };
      expect(() =>
        execFileSync('docker', ['compose', '-f', composeFile, 'config', '--quiet'], {
          env,
          stdio: 'pipe',
        }),
      ).not.toThrow();
    },
  );
});
