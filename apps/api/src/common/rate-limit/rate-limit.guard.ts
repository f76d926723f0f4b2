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
/** What the guard needs to know of a route, read from its metadata once. */
interface RouteLimits {
  readonly policies: readonly RateLimitPolicy[];
  /** `Controller.method`, the start of every key counted for the route. */
  readonly route: string;
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters = new Map<string, RateLimiterMemory>();
  /**
   * Each route's limits, by controller class and handler (a handler may be inherited by classes
   * with different limits). Metadata does not change once the application runs, and reading it
   * on every request was a good part of what the guard cost the pages, which have no limit.
   */
  private readonly routes = new WeakMap<object, Map<object, RouteLimits>>();

  private readonly config: AppConfig;

  constructor(
    private readonly reflector: Reflector,
    configService: ConfigService,
  ) {
    this.config = appConfigOf(configService);
  }

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const { policies, route } = this.limitsOf(context);
    if (policies.length === 0) return true;
    return this.consume(context, policies, route);
  }

  private async consume(
    context: ExecutionContext,
    policies: readonly RateLimitPolicy[],
    route: string,
  ): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
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

  private limitsOf(context: ExecutionContext): RouteLimits {
    const handler = context.getHandler();
    const controller = context.getClass();
    let byHandler = this.routes.get(controller);
    if (byHandler === undefined) {
      byHandler = new Map();
      this.routes.set(controller, byHandler);
    }
    let limits = byHandler.get(handler);
    if (limits === undefined) {
      limits = {
        policies: this.reflector.getAllAndOverride<RateLimitPolicy[] | undefined>(RATE_LIMITS, [
          handler,
          controller,
        ]) ?? [DEFAULT_RATE_LIMIT],
        route: `${controller.name}.${handler.name}`,
      };
      byHandler.set(handler, limits);
    }
    return limits;
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
