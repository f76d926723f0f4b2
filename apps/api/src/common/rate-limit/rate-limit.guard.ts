import {
  CanActivate,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { AppConfig, appConfigOf } from '@candor/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { clientKeyOf } from './client-key.js';
import { DEFAULT_RATE_LIMIT, RATE_LIMITS, RateLimitPolicy } from './rate-limit.decorator.js';

/**
 * Rate limits from `@RateLimit` metadata, answering 429 with `Retry-After`: a coarse per-process
 * shield, counted before the body is validated. Counters live in this process's memory and expire
 * with their window; the client key is an HMAC under a salt that is never stored, so no counter
 * can be traced back to an address. The limits that protect the product (reports, receipt and
 * staff sign-ins) are the domain services', counted after validation.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters = new Map<string, RateLimiterMemory>();

  private readonly config: AppConfig;

  constructor(
    private readonly reflector: Reflector,
    configService: ConfigService,
  ) {
    this.config = appConfigOf(configService);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const policies = this.reflector.getAllAndOverride<RateLimitPolicy[] | undefined>(RATE_LIMITS, [
      context.getHandler(),
      context.getClass(),
    ]) ?? [DEFAULT_RATE_LIMIT];
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const route = `${context.getClass().name}.${context.getHandler().name}`;

    for (const policy of policies) {
      const key = policy.scope === 'global' ? route : `${route}:${clientKeyOf(request)}`;
      try {
        await this.limiter(policy).consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        void reply.header('Retry-After', String(retryAfter));
        throw new HttpException('too many requests, try again later', HttpStatus.TOO_MANY_REQUESTS);
      }
    }
    return true;
  }

  private limiter(policy: RateLimitPolicy): RateLimiterMemory {
    const points = typeof policy.points === 'function' ? policy.points(this.config) : policy.points;
    const id = `${policy.name}:${points}:${policy.durationSeconds}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiterMemory({
        keyPrefix: id,
        points,
        duration: policy.durationSeconds,
      });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}
