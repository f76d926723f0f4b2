import request from 'supertest';
import { eventually } from '../support/processes.js';
import { PrivateRedis } from '../support/redis-server.js';
import { startTestApp, TestApp } from '../support/test-app.js';

describe('GET /health while Redis is away', () => {
  let redis: PrivateRedis;
  let sut: TestApp;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    sut = await startTestApp({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await sut.close();
    await redis.stop();
  });

  const health = () => request(sut.app.getHttpServer()).get('/health');

  it('answers 503 within 5 s when Redis stops, and 200 again when it returns, without a restart', async () => {
    expect((await health()).status).toBe(200);

    await redis.stop();
    const stoppedAt = Date.now();
    const down = await eventually(
      'a 503 from /health',
      async () => {
        const res = await health();
        return res.status === 503 ? res : undefined;
      },
      5000,
      100,
    );
    expect(Date.now() - stoppedAt).toBeLessThan(5000);
    expect(down.body).toMatchObject({
      status: 'error',
      details: { redis: { status: 'down' }, database: { status: 'up' } },
    });

    // Every answer during the outage comes back promptly: the client fails fast, never queues.
    const startedAt = Date.now();
    expect((await health()).status).toBe(503);
    expect(Date.now() - startedAt).toBeLessThan(2000);

    await redis.resume();
    const up = await eventually(
      'a 200 from /health',
      async () => {
        const res = await health();
        return res.status === 200 ? res : undefined;
      },
      15_000,
      200,
    );
    expect(up.body).toMatchObject({ status: 'ok', details: { redis: { status: 'up' } } });
  });
});
