import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { checkDatabase } from '@candor/persistence';
import { loadConfig } from '@candor/platform';
import { WorkerModule } from './worker.module.js';

/**
 * The BullMQ worker: no HTTP server. On SIGTERM or SIGINT, Nest's shutdown hooks close every
 * BullMQ worker (`await worker.close()`), which lets active jobs finish before the process exits.
 */
async function main(): Promise<void> {
  const { config, warnings } = loadConfig();
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  await checkDatabase(config.databaseUrl);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  app.get(Logger).log('Candor worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(`candor-worker: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
