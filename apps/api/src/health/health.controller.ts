import { Controller, Get, HttpStatus, Res, ServiceUnavailableException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import { RedisHealthIndicator } from './redis.health.js';
import { WorkerHealthIndicator } from './worker.health.js';

/**
 * A failed check answers 503 with the same body as a passing one (which dependency is down),
 * rather than the generic error shape, so operators and load balancers see what failed.
 */
async function withDetails(
  reply: FastifyReply,
  check: () => Promise<HealthCheckResult>,
): Promise<HealthCheckResult> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof ServiceUnavailableException) {
      void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
      return error.getResponse() as HealthCheckResult;
    }
    throw error;
  }
}

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
  check(@Res({ passthrough: true }) reply: FastifyReply) {
    return withDetails(reply, () =>
      this.health.check([
        () => this.db.pingCheck('database').withTimeout(1500),
        () => this.redis.ping('redis'),
      ]),
    );
  }

  @Get('worker')
  @HealthCheck()
  @RateLimit({ name: 'worker-health', points: 30, durationSeconds: 60, scope: 'global' })
  @ApiOperation({ summary: '200 when a worker completes a ping job within 5 s, 503 otherwise' })
  checkWorker(@Res({ passthrough: true }) reply: FastifyReply) {
    return withDetails(reply, () =>
      this.health.check([() => this.worker.roundTrip('worker', 5000)]),
    );
  }
}
