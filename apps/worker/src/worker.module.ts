import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { appDataSourceOptions } from '@candor/persistence';
import {
  AppConfig,
  appConfigOf,
  CandorConfigModule,
  CandorConfigService,
  LoggingModule,
  QueueName,
  redisOptions,
} from '@candor/platform';
import { SystemProcessor } from './processors/system.processor.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CandorConfigModule.forRoot(config),
        LoggingModule,
        TypeOrmModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (configService: CandorConfigService) => ({
            ...appDataSourceOptions(appConfigOf(configService).databaseUrl, 5),
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
        BullModule.registerQueue({ name: QueueName.System }),
      ],
      providers: [SystemProcessor],
    };
  }
}
