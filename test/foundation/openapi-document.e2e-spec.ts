import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import request from 'supertest';
import { sortedKeys } from '../../apps/api/src/bootstrap/create-api-app.js';
import { startTestApp, TestApp } from '../support/test-app.js';

const COMMITTED = join(import.meta.dirname, '..', '..', 'apps', 'api', 'openapi.json');

/** The JSON paths (`/paths/~1api~1v1~1cases/get`) where two documents differ, at most `limit`. */
function differences(
  a: unknown,
  b: unknown,
  path = '',
  found: string[] = [],
  limit = 10,
): string[] {
  if (found.length >= limit || isDeepStrictEqual(a, b)) return found;
  const objects = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
  if (!objects(a) || !objects(b) || Array.isArray(a) !== Array.isArray(b)) {
    found.push(path || '/');
    return found;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    differences(
      a[key],
      b[key],
      `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
      found,
      limit,
    );
  }
  return found;
}

describe('the committed OpenAPI document (apps/api/openapi.json)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('is the document the API serves, keys sorted: run `npm run openapi` when this fails', async () => {
    const res = await request(sut.app.getHttpServer()).get('/api/docs-json');
    expect(res.status).toBe(200);
    const served = sortedKeys(res.body);
    const committed: unknown = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    // Compared as text so that key order counts too: the file stays stable between runs.
    if (JSON.stringify(committed) !== JSON.stringify(served)) {
      const where = differences(committed, served);
      throw new Error(
        `apps/api/openapi.json is out of date with the code${
          where.length > 0 ? ` (differs at ${where.join(', ')})` : ' (key order)'
        }: run \`npm run openapi\` and commit the file.`,
      );
    }
  });
});
