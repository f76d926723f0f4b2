#!/usr/bin/env node
// `npm run openapi`: writes the API's OpenAPI document to apps/api/openapi.json (built from the
// compiled app in preview mode, no database needed; keys sorted, formatted by prettier). Commit the
// result: test/foundation/openapi-document.e2e-spec.ts fails when it drifts from the code.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import prettier from 'prettier';

const root = join(import.meta.dirname, '..');
const target = join(root, 'apps', 'api', 'openapi.json');
const json = execFileSync(
  process.execPath,
  [join(root, 'dist', 'apps', 'api', 'src', 'openapi.js')],
  {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  },
);
const options = (await prettier.resolveConfig(target)) ?? {};
writeFileSync(target, await prettier.format(json, { ...options, filepath: target }));
process.stdout.write(`wrote ${target}\n`);
