import type { AppConfig } from '@candor/platform/config/app-config.js';
import { loadConfig } from '@candor/platform/config/load-config.js';

/**
 * The configuration, its warnings on stderr: `npm start` runs `db:migrate` first, so this is where
 * development secrets are generated, and where their warning must be shown.
 */
export function cliConfig(): AppConfig {
  const { config, warnings } = loadConfig();
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  return config;
}
