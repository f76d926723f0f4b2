import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_CONFIG, AppConfig } from './app-config.js';

/** The typed ConfigService used everywhere: `config.get('app', { infer: true })`. */
export type CandorConfigService = ConfigService<{ [APP_CONFIG]: AppConfig }, true>;

/** Inject `ConfigService` (the class, for Nest's DI) and read the typed configuration through this. */
export function appConfigOf(config: ConfigService | CandorConfigService): AppConfig {
  return (config as unknown as CandorConfigService).get(APP_CONFIG, { infer: true });
}

/**
 * Configuration is loaded and validated by `loadConfig` before Nest starts (so a bad value gives one
 * clear line, not a stack trace); this module only makes the validated object injectable.
 */
@Module({})
export class CandorConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CandorConfigModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          cache: true,
          load: [() => ({ [APP_CONFIG]: config })],
        }),
      ],
      exports: [ConfigModule],
    };
  }
}
