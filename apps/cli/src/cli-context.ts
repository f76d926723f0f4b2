import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { checkDatabase } from '@candor/persistence';
import { CliModule } from './cli.module.js';
import { cliConfig } from './cli-config.js';

/** Runs `fn` with the application's services, then closes every connection. */
export async function withServices<T>(
  fn: (get: <S>(type: Type<S>) => S) => Promise<T>,
): Promise<T> {
  const config = cliConfig();
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
