import request from 'supertest';
import { eventually, spawnApp } from '../support/processes.js';
import { scanKeys } from '../support/redis-keys.js';
import { startTestApp } from '../support/test-app.js';
import { SHARED_REDIS_URL } from '../support/test-env.js';

describe('the e2e suite and the shared Redis', () => {
  it('leaves no key of a test file behind once the file closes, not even those its worker created', async () => {
    const sut = await startTestApp();
    const prefix = sut.env.REDIS_PREFIX;
    const worker = spawnApp('worker', [], { ...sut.env, LOG_LEVEL: 'info' });
    try {
      await eventually(
        'the worker to start',
        () => Promise.resolve(worker.output().includes('Candor worker started')),
        30_000,
      );
      expect((await request(sut.app.getHttpServer()).get('/health/worker')).status).toBe(200);
      // Queues, the scan's scheduler, job hashes and event streams, none of them with an expiry.
      expect((await scanKeys(SHARED_REDIS_URL, `${prefix}:*`)).length).toBeGreaterThan(5);
    } finally {
      worker.proc.kill('SIGTERM');
      await worker.exited();
      await sut.close();
    }
    expect(await scanKeys(SHARED_REDIS_URL, `${prefix}:*`)).toEqual([]);
  });
});
