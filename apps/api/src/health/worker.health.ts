import { setTimeout as sleep } from 'node:timers/promises';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QueueName, SystemJob } from '@candor/platform';
import type { Queue } from 'bullmq';

/**
 * Proves the API → Redis → worker path: enqueues a ping and waits for a worker to complete it.
 * This is the one processor the foundation ships, and the e2e suite drives it end to end.
 */
@Injectable()
export class WorkerHealthIndicator implements OnModuleInit {
  private readonly logger = new Logger('Redis');
  private lastReport = 0;

  constructor(
    @InjectQueue(QueueName.System) private readonly queue: Queue,
    private readonly health: HealthIndicatorService,
  ) {}

  /**
   * BullMQ reports every failed reconnect as an 'error' event (a stack trace each when nobody
   * listens): while Redis is away, one line a minute says so instead.
   */
  onModuleInit(): void {
    this.queue.on('error', (error: Error) => {
      if (Date.now() - this.lastReport < 60_000) return;
      this.lastReport = Date.now();
      this.logger.warn(`Redis unavailable, reconnecting: ${error.message}`);
    });
  }

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
