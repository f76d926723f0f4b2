import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { NotificationsModule, type NotificationSettings } from '@candor/domain';
import { appDataSourceOptions, DatabaseOutage, PersistenceModule } from '@candor/persistence';
import {
  AppConfig,
  appConfigOf,
  CandorConfigModule,
  CandorConfigService,
  LoggingModule,
  QueueName,
  redisOptions,
  ROOT_LOGGER,
} from '@candor/platform';
import { NotificationDeliveriesProcessor } from './notifications/notification-deliveries.processor.js';
import { NotificationEventsProcessor } from './notifications/notification-events.processor.js';
import { NotificationScheduleProcessor } from './notifications/notification-schedule.processor.js';
import { OutboxRelay } from './notifications/outbox-relay.service.js';
import { SystemProcessor } from './processors/system.processor.js';
import { RedisErrorLog } from './redis-error-log.service.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, notifications: NotificationSettings): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CandorConfigModule.forRoot(config),
        LoggingModule,
        TypeOrmModule.forRootAsync({
          inject: [ConfigService, ROOT_LOGGER],
          useFactory: (configService: CandorConfigService, logger: Logger) => ({
            // Room for the delivery and fan-out concurrency plus the relay and the scan.
            ...appDataSourceOptions(appConfigOf(configService).databaseUrl, logger, 10),
            retryAttempts: 0,
          }),
        }),
        BullModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (configService: CandorConfigService) => {
            const config = appConfigOf(configService);
            return {
              connection: redisOptions(config.redisUrl, 'worker'),
              prefix: config.redisPrefix,
            };
          },
        }),
        BullModule.registerQueue(
          { name: QueueName.System },
          { name: QueueName.NotificationEvents },
          { name: QueueName.NotificationDeliveries },
          { name: QueueName.NotificationSchedule },
        ),
        NotificationsModule.forRoot(notifications),
        PersistenceModule,
      ],
      providers: [
        DatabaseOutage,
        SystemProcessor,
        OutboxRelay,
        NotificationEventsProcessor,
        NotificationDeliveriesProcessor,
        NotificationScheduleProcessor,
        RedisErrorLog,
      ],
    };
  }
}
