#!/usr/bin/env node
// `node scripts/copy-assets.js [outDir]`: tsc emits only JavaScript, so the pages' stylesheets
// (apps/*/src/**/assets/*.css) are copied beside the compiled code, where the API reads and hashes
// them at start-up. Part of `npm run build` and of the bench's own build.
import { cpSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const outDir = join(root, process.argv[2] ?? 'dist');

function assetDirs(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name === 'node_modules') return [];
    const path = join(dir, entry.name);
    return entry.name === 'assets' ? [path] : assetDirs(path);
  });
}

for (const dir of assetDirs(join(root, 'apps'))) {
  cpSync(dir, join(outDir, relative(root, dir)), {
    recursive: true,
    filter: (source) => !/\.(ts|tsx)$/.test(source),
  });
}
