import { Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Redis } from 'ioredis';
import { appConfigOf, CandorConfigService } from '../config/config.module.js';
import { redisOptions } from '../queue/redis-connection.js';
import { SharedThrottles } from '../throttle/shared-throttles.js';
import { REDIS_CLIENT } from './redis-client.js';
import { SharedEpochs } from './shared-epochs.js';

export { REDIS_CLIENT };

/** Closes the shared client when the application stops. */
@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * One shared, fail-fast Redis client (health checks, counters, token deny-list), and the shared
 * throttles and epochs counted in it. While Redis is away, commands reject at once instead of
 * queueing, and the client keeps reconnecting.
 */
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [ConfigService],
      useFactory: (config: CandorConfigService) => {
        const logger = new Logger('Redis');
        const client = new Redis({
          ...redisOptions(appConfigOf(config).redisUrl, 'producer'),
          lazyConnect: false,
        });
        let reported = false;
        client.on('error', (error: Error) => {
          if (!reported) logger.warn(`Redis unavailable: ${error.message}`);
          reported = true;
        });
        client.on('ready', () => {
          if (reported) logger.log('Redis is back');
          reported = false;
        });
        return client;
      },
    },
    RedisLifecycle,
    SharedEpochs,
    SharedThrottles,
  ],
  exports: [REDIS_CLIENT, SharedEpochs, SharedThrottles],
})
export class RedisModule {}
