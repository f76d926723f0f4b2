import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Logger } from 'pino';
import { appConfigOf, CandorConfigService } from '../config/config.module.js';
import { NestPinoLogger } from './nest-logger.js';
import { createRootLogger } from './root-logger.js';

/** Injection token of the process's pino logger (see createRootLogger). */
export const ROOT_LOGGER = 'CANDOR_ROOT_LOGGER';

/**
 * The API's and worker's logging: one pino logger, from LOG_LEVEL, behind Nest's logger
 * (`app.useLogger(app.get(NestPinoLogger))`), the API's request lines and TypeORM's errors.
 * nestjs-pino did this before, but no release of it supports both NestJS 12 and Node 20.
 */
@Global()
@Module({
  providers: [
    {
      provide: ROOT_LOGGER,
      inject: [ConfigService],
      useFactory: (configService: CandorConfigService): Logger =>
        createRootLogger(appConfigOf(configService).logLevel),
    },
    {
      provide: NestPinoLogger,
      inject: [ROOT_LOGGER],
      useFactory: (root: Logger) => new NestPinoLogger(root),
    },
  ],
  exports: [ROOT_LOGGER, NestPinoLogger],
})
export class LoggingModule {}
