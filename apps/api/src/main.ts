import 'reflect-metadata';
import { checkDatabase } from '@candor/persistence';
import { ConfigError, exitGracefullyOnSignals, loadConfig } from '@candor/platform';
import { createApiApp, DOCS_PATH } from './bootstrap/create-api-app.js';

async function main(): Promise<void> {
  const { config, warnings } = loadConfig();
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  await checkDatabase(config.databaseUrl);
  const app = await createApiApp(config);
  exitGracefullyOnSignals(app, (message) => process.stdout.write(`candor-api: ${message}\n`));
  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  process.stdout.write(
    `Candor API listening on ${url} — reporter pages at ${url}/, API docs at ${url}/${DOCS_PATH}\n`,
  );
}

main().catch((error: unknown) => {
  // One readable line: configuration and connection errors already carry what to fix.
  const message =
    error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`candor-api: ${message}\n`);
  process.exit(1);
});
