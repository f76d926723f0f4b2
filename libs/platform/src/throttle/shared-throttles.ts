import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from '../redis/redis-client.js';
import { Throttle, type ThrottleBucket } from './throttle.js';

/**
 * Makes throttles counted in the shared Redis client, so that services deciding what to limit
 * never hold the client itself.
 */
@Injectable()
export class SharedThrottles {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  /** Throttle.shared on the application's Redis client. */
  create(prefix: string, buckets: readonly ThrottleBucket[]): Throttle {
    return Throttle.shared(this.redis, prefix, buckets);
  }
}
