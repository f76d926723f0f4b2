import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainModule } from '@candor/domain';
import { appDataSourceOptions } from '@candor/persistence';
import { AppConfig, appConfigOf, CandorConfigModule, createStderrLogger } from '@candor/platform';

/** The services the operator commands use, on the application role's connection. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        CandorConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (configService: ConfigService) => ({
            // stderr: stdout carries the commands' JSON output.
            ...appDataSourceOptions(
              appConfigOf(configService).databaseUrl,
              createStderrLogger(appConfigOf(configService).logLevel),
              2,
            ),
            retryAttempts: 0,
          }),
        }),
        DomainModule,
      ],
    };
  }
}
