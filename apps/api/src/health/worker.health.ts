import { setTimeout as sleep } from 'node:timers/promises';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QueueName, SystemJob } from '@candor/platform';
import type { Queue } from 'bullmq';

/**
 * Proves the API → Redis → worker path: enqueues a ping and waits for a worker to complete it.
 * This is the one processor the foundation ships, and the e2e suite drives it end to end.
 */
@Injectable()
export class WorkerHealthIndicator {
  constructor(
    @InjectQueue(QueueName.System) private readonly queue: Queue,
    private readonly health: HealthIndicatorService,
  ) {}

  roundTrip(key: string, timeoutMs: number) {
    return this.health
      .check(key)
      .attempt(async ({ signal }) => {
        const job = await this.queue.add(
          SystemJob.Ping,
          {},
          {
            removeOnComplete: { age: 300 },
            removeOnFail: { age: 300 },
          },
        );
        while (!signal.aborted) {
          const state = await job.getState();
          if (state === 'completed') return { worker: 'up' };
          if (state === 'failed') throw new Error('ping failed');
          await sleep(50);
        }
        return undefined;
      })
      .withTimeout(timeoutMs);
  }
}
