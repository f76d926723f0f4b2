import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { appDataSourceOptions, DatabaseOutage } from '@candor/persistence';
import type { Logger } from 'pino';
import {
  AppConfig,
  appConfigOf,
  CandorConfigModule,
  CandorConfigService,
  LoggingModule,
  redisOptions,
  ROOT_LOGGER,
} from '@candor/platform';
import { AuditApiModule } from './audit/audit-api.module.js';
import { CaseSafeguardsApiModule } from './case-safeguards/case-safeguards-api.module.js';
import { AllExceptionsFilter } from './common/all-exceptions.filter.js';
import { RateLimitGuard } from './common/rate-limit/rate-limit.guard.js';
import { RequestValidationPipe } from './common/request-validation.pipe.js';
import { CasesApiModule } from './cases/cases-api.module.js';
import { HealthModule } from './health/health.module.js';
import { PagesModule } from './pages/pages.module.js';
import { ReporterApiModule } from './reporter/reporter-api.module.js';
import { RetaliationApiModule } from './retaliation/retaliation-api.module.js';
import { StaffAuthModule } from './staff-auth/staff-auth.module.js';

@Module({})
export class ApiModule {
  /** `extraModules` lets the e2e suites mount probe routes on the very same stack. */
  static forRoot(config: AppConfig, extraModules: Array<Type | DynamicModule> = []): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CandorConfigModule.forRoot(config),
        LoggingModule,
        TypeOrmModule.forRootAsync({
          inject: [ConfigService, ROOT_LOGGER],
          useFactory: (configService: CandorConfigService, logger: Logger) => ({
            ...appDataSourceOptions(appConfigOf(configService).databaseUrl, logger),
            // main.ts checks the database first and reports a failure in one line.
            retryAttempts: 0,
          }),
        }),
        BullModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (configService: CandorConfigService) => {
            const config = appConfigOf(configService);
            return {
              connection: redisOptions(config.redisUrl, 'producer'),
              prefix: config.redisPrefix,
            };
          },
        }),
        HealthModule,
        ReporterApiModule,
        StaffAuthModule,
        CasesApiModule,
        CaseSafeguardsApiModule,
        AuditApiModule,
        RetaliationApiModule,
        PagesModule,
        ...extraModules,
      ],
      providers: [
        DatabaseOutage,
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_PIPE, useValue: new RequestValidationPipe() },
      ],
    };
  }
}
