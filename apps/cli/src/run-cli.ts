import { loadConfig } from '@candor/platform';
import { CliOutput } from './cli-output.js';
import { auditHead, auditVerify } from './commands/audit.commands.js';
import { dbMigrate } from './commands/db-migrate.command.js';
import { notificationsFailed } from './commands/notifications-failed.command.js';
import { notificationsRetry } from './commands/notifications-retry.command.js';
import { retentionRun } from './commands/retention.command.js';
import {
  staffCreate,
  staffDisable,
  staffList,
  staffNotifications,
  staffResetTotp,
} from './commands/staff.commands.js';

type Command = (args: string[], out: CliOutput) => Promise<number>;

const COMMANDS: Record<string, { summary: string; run: Command }> = {
  'db:migrate': {
    summary: 'create the database and roles if missing and apply pending migrations',
    run: (_args, out) => dbMigrate(loadConfig().config, out),
  },
  'staff:create': {
    summary:
      'create a staff account: --email --name --role [--password] [--chair]; prints the TOTP secret',
    run: staffCreate,
  },
  'staff:disable': {
    summary: 'disable an account and end its sessions: --email',
    run: staffDisable,
  },
  'staff:reset-totp': {
    summary: 'issue a new TOTP secret and end sessions: --email',
    run: staffResetTotp,
  },
  'staff:notifications': {
    summary: 'choose immediate emails or a daily digest: --email --mode immediate|daily_digest',
    run: staffNotifications,
  },
  'staff:list': { summary: 'list staff accounts (JSON lines)', run: staffList },
  'notifications:failed': {
    summary: 'list failed notification jobs, the dead-letter list (JSON lines, no content)',
    run: (_args, out) => notificationsFailed(loadConfig().config, out),
  },
  'audit:verify': {
    summary: 'walk the audit hash chain; prints the result as JSON, exit 1 when broken',
    run: auditVerify,
  },
  'audit:head': {
    summary: 'print the head of the audit chain and the statement for the Audit Committee chair',
    run: auditHead,
  },
  'retention:run': {
    summary: 'purge closed cases past retention, except those on legal hold: [--dry-run]',
    run: retentionRun,
  },
  'notifications:retry': {
    summary: 'retry failed notification jobs: --all | --id <job id>',
    run: (args, out) => notificationsRetry(loadConfig().config, args, out),
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(22)}${c.summary}`);
  return `usage: npm run cli -- <command> [options]\n\ncommands:\n${lines.join('\n')}`;
}

/** Runs one command and returns the process exit code; errors are one line on stderr. */
export async function runCli(argv: string[], out: CliOutput): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    out.error(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    out.error(`unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, out);
  } catch (error) {
    out.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
