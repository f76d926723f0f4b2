import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { checkDatabase } from '@candor/persistence';
import { loadConfig } from '@candor/platform';
import { CliModule } from './cli.module.js';

/** Runs `fn` with the application's services, then closes every connection. */
export async function withServices<T>(
  fn: (get: <S>(type: Type<S>) => S) => Promise<T>,
): Promise<T> {
  const { config } = loadConfig();
  await checkDatabase(config.databaseUrl);
  const app: INestApplicationContext = await NestFactory.createApplicationContext(
    CliModule.forRoot(config),
    {
      logger: false,
      abortOnError: false,
    },
  );
  try {
    return await fn((type) => app.get(type));
  } finally {
    await app.close();
  }
}
