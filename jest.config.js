// NestJS 12 ships as ES modules, so Jest runs in its native ESM mode (NODE_OPTIONS=
// --experimental-vm-modules, set by the npm scripts) and SWC compiles our TypeScript to ESM.
// Two projects: unit tests of pure rules beside the code, and e2e suites in test/ that run against
// real PostgreSQL, Redis and SMTP listeners, each file in its own cloned database.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Jest on Node 20 cannot require() an ES module from CommonJS (Node can). Some CommonJS packages
 * require ESM-only ones (e.g. @fastify/static → content-disposition), so every ESM-only package
 * is run through SWC, which emits CommonJS when Jest loads it with require() and ESM otherwise.
 */
function esmOnlyPackages() {
  const root = join(import.meta.dirname, 'node_modules');
  const names = readdirSync(root).flatMap((entry) =>
    entry.startsWith('@')
      ? readdirSync(join(root, entry)).map((name) => `${entry}/${name}`)
      : [entry],
  );
  return names.filter((name) => {
    try {
      return JSON.parse(readFileSync(join(root, name, 'package.json'), 'utf8')).type === 'module';
    } catch {
      return false;
    }
  });
}
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnlyPackages().map(escape).join('|')})/)`];
const transform = {
  '^.+\\.tsx?$': ['@swc/jest', { swcrc: true }],
  '^.+/node_modules/.+\\.m?js$': [
    '@swc/jest',
    { swcrc: false, jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' } },
  ],
};
const moduleNameMapper = {
  '^@candor/(domain|persistence|platform)$': '<rootDir>/libs/$1/src/index.ts',
  '^@candor/(domain|persistence|platform)/(.*)\\.js$': '<rootDir>/libs/$1/src/$2.ts',
  // Sources import siblings as `./x.js` (NodeNext); Jest resolves them to the `.ts` file.
  '^(\\.{1,2}/.*)\\.js$': '$1',
};
const common = {
  testEnvironment: 'node',
  rootDir: import.meta.dirname,
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform,
  transformIgnorePatterns,
  moduleNameMapper,
};

/** @type {import('jest').Config} */
export default {
  // Per-test timeout (a global option: Jest ignores it inside projects).
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      setupFiles: ['<rootDir>/test/support/setup-env.ts'],
    },
    {
      // The pages in a real browser (Debian's Chromium through playwright-core), on the e2e suite's
      // databases: `npm run check` runs it after e2e, against the same build.
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      setupFiles: ['<rootDir>/test/support/setup-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/browser/support/setup-browser.ts'],
    },
  ],
};
