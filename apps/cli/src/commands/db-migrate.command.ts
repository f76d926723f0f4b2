import { migrate } from '@candor/persistence';
import type { AppConfig } from '@candor/platform';
import { createStderrLogger } from '@candor/platform/logging/root-logger.js';
import type { CliOutput } from '../cli-output.js';

/** `db:migrate`: creates the database and roles if missing, then applies pending migrations. */
export async function dbMigrate(config: AppConfig, out: CliOutput): Promise<number> {
  const result = await migrate(
    config.databaseMigrationUrl,
    config.databaseUrl,
    createStderrLogger(config.logLevel),
  );
  out.json({
    createdDatabase: result.createdDatabase,
    applied: result.applied,
    pending: 0,
  });
  return 0;
}
