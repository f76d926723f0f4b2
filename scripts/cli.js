#!/usr/bin/env node
// `npm run cli -- <command>`: runs the built CLI, building first when dist/ is missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';

const entry = join(import.meta.dirname, '..', 'dist', 'apps', 'cli', 'src', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('building Candor first (npm run build)…\n');
  execSync('npm run build', {
    cwd: join(import.meta.dirname, '..'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
await import(entry);
