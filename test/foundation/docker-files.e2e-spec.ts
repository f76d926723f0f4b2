import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satisfies } from 'semver';
import { parse } from 'yaml';
import { must } from '@candor/platform';
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
    const service = (name: string) => must(services[name], `a service named ${name}`);
    expect(
      Number(/postgres:(\d+)/.exec(service('postgres').image ?? '')?.[1]),
    ).toBeGreaterThanOrEqual(15);
    expect(service('redis').image).toMatch(/^redis:7/);
    expect(service('redis').command).toEqual(
      expect.arrayContaining(['--appendonly', 'yes', '--maxmemory-policy', 'noeviction']),
    );
    expect(service('api').command).toEqual(['api']);
    expect(service('worker').command).toEqual(['worker']);
    expect(service('api').environment?.NODE_ENV).toBe('production');
  });

  it('builds one multi-stage image for api, worker and cli', () => {
    const dockerfile = readFileSync(join(ROOT, 'docker', 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(readFileSync(join(ROOT, 'docker', 'entrypoint.sh'), 'utf8')).toMatch(/api\|worker\|cli/);
  });

  it('runs the image on one Node major that every locked package, and the project, supports; so does Node 20.19', () => {
    const dockerfile = readFileSync(join(ROOT, 'docker', 'Dockerfile'), 'utf8');
    const majors = [...dockerfile.matchAll(/^FROM node:(\d+)[-\w.]*/gm)].map((m) => m[1]);
    expect(majors.length).toBeGreaterThanOrEqual(2);
    expect(new Set(majors).size).toBe(1);
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string }; os?: string[] }>;
    };
    for (const node of [`${majors[0]}.0.0`, '20.19.0']) {
      const outside = Object.entries(lock.packages)
        // A binary for another operating system is never installed there, nor checked.
        .filter(([, entry]) => !entry.os || entry.os.includes('linux'))
        .filter(([, entry]) => entry.engines?.node && !satisfies(node, entry.engines.node))
        .map(([path, entry]) => `${path || 'candor'}@${entry.version}: ${entry.engines?.node}`);
      expect({ node, outside }).toEqual({ node, outside: [] });
    }
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
