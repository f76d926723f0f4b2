import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { QueueName, RedisModule } from '@candor/platform';
import { HealthController } from './health.controller.js';
import { RedisHealthIndicator } from './redis.health.js';
import { WorkerHealthIndicator } from './worker.health.js';

@Module({
  imports: [
    TerminusModule.forRoot({ logger: false }),
    RedisModule, // The API only produces: a forced disconnect on shutdown loses nothing and never hangs on a
    // Redis that is away.
    BullModule.registerQueue({ name: QueueName.System, forceDisconnectOnShutdown: true }),
  ],
  controllers: [HealthController],
  providers: [RedisHealthIndicator, WorkerHealthIndicator],
})
export class HealthModule {}
