import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import { RedisHealthIndicator } from './redis.health.js';
import { WorkerHealthIndicator } from './worker.health.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly worker: WorkerHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: '200 when PostgreSQL and Redis answer, 503 otherwise' })
  check() {
    return this.health.check([
      () => this.db.pingCheck('database').withTimeout(1500),
      () => this.redis.ping('redis'),
    ]);
  }

  @Get('worker')
  @HealthCheck()
  @RateLimit({ name: 'worker-health', points: 30, durationSeconds: 60, scope: 'global' })
  @ApiOperation({ summary: '200 when a worker completes a ping job within 5 s, 503 otherwise' })
  checkWorker() {
    return this.health.check([() => this.worker.roundTrip('worker', 5000)]);
  }
}
