import request from 'supertest';
import { eventually, spawnApp, Spawned } from '../support/processes.js';
import { startTestApp, TestApp } from '../support/test-app.js';

describe('API → Redis → worker process', () => {
  let sut: TestApp;
  let worker: Spawned | undefined;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(async () => {
    worker?.proc.kill('SIGKILL');
    await sut.close();
  });

  const workerHealth = () => request(sut.app.getHttpServer()).get('/health/worker');

  it('reports the worker down (503) when no worker consumes the queue', async () => {
    const res = await workerHealth();
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'error', details: { worker: { status: 'down' } } });
  });

  it('processes a job enqueued by the API in a separate worker process against real Redis', async () => {
    worker = spawnApp('worker', [], { ...sut.env, LOG_LEVEL: 'info' });
    // The worker needs a few seconds to start (longer on a busy machine): asked until it answers.
    const res = await eventually(
      'the worker to answer the health check',
      async () => {
        const answer = await workerHealth();
        return answer.status === 200 ? answer : undefined;
      },
      45_000,
      500,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      details: { worker: { status: 'up', worker: 'up' } },
    });
  });

  it('stops gracefully on SIGTERM', async () => {
    const running = worker as Spawned;
    running.proc.kill('SIGTERM');
    expect(await running.exited()).toBe(0);
    expect(running.output()).toContain('worker: stopped');
    expect(running.output()).not.toMatch(/"level":50/);
    worker = undefined;
  });
});
