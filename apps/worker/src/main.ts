import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { checkDatabase } from '@candor/persistence';
import { loadNotificationSettings } from '@candor/domain';
import { exitGracefullyOnSignals, loadConfig, NestPinoLogger } from '@candor/platform';
import { WorkerModule } from './worker.module.js';

/**
 * The BullMQ worker: no HTTP server. On SIGTERM or SIGINT the application closes, which awaits
 * `worker.close()` for every BullMQ worker so active jobs finish before the process exits.
 */
async function main(): Promise<void> {
  const { config, warnings } = loadConfig();
  const notifications = loadNotificationSettings(process.env);
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  await checkDatabase(config.databaseUrl);
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, notifications),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  const logger = app.get(NestPinoLogger);
  app.useLogger(logger);
  exitGracefullyOnSignals(app, (message) => logger.log(`worker: ${message}`));
  await app.init();
  logger.log('Candor worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `candor-worker: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
