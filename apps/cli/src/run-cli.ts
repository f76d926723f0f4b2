import type { CliOutput } from './cli-output.js';
import { cliConfig } from './cli-config.js';

type Command = (args: string[], out: CliOutput) => Promise<number>;

// Each command's module is loaded when it runs: `audit:verify` needs neither Nest nor the
// application's modules, and an operator's command should not wait for what it does not use.
// The others go through withDecorators, reflect-metadata included.
const audit = () => import('./commands/audit.commands.js');
const staff = () => withDecorators(() => import('./commands/staff.commands.js'));

/**
 * Loads reflect-metadata, then the command's module. Nest's and TypeORM's decorators record their
 * metadata through it when a decorated class is defined, and do nothing without it (tsc's helper
 * checks for it), so it comes before any module of the application; `audit:verify` loads neither
 * and does without it (about 25 ms of start-up).
 */
async function withDecorators<T>(load: () => Promise<T>): Promise<T> {
  await import('reflect-metadata');
  return load();
}

const COMMANDS: Record<string, { summary: string; run: Command }> = {
  'db:migrate': {
    summary: 'create the database and roles if missing and apply pending migrations',
    run: async (_args, out) =>
      (await withDecorators(() => import('./commands/db-migrate.command.js'))).dbMigrate(
        cliConfig(),
        out,
      ),
  },
  'staff:create': {
    summary:
      'create a staff account: --email --name --role [--chair]; emails a 24-hour enrolment link, or ' +
      'with --print-link prints it; with --password P or --generate-password prints the TOTP secret',
    run: async (args, out) => (await staff()).staffCreate(args, out),
  },
  'staff:disable': {
    summary: 'disable an account and end its sessions and enrolment link: --email',
    run: async (args, out) => (await staff()).staffDisable(args, out),
  },
  'staff:enable': {
    summary:
      'enable a disabled account (emails a new enrolment link if it never enrolled): --email',
    run: async (args, out) => (await staff()).staffEnable(args, out),
  },
  'staff:reset-totp': {
    summary: 'issue a new TOTP secret and end sessions: --email',
    run: async (args, out) => (await staff()).staffResetTotp(args, out),
  },
  'staff:notifications': {
    summary: 'choose immediate emails or a daily digest: --email --mode immediate|daily_digest',
    run: async (args, out) => (await staff()).staffNotifications(args, out),
  },
  'staff:list': {
    summary: 'list staff accounts (JSON lines)',
    run: async (args, out) => (await staff()).staffList(args, out),
  },
  'demo:seed': {
    summary:
      'development only: staff for every role and a few dozen cases in every status, on a database ' +
      'without staff; prints sign-in details',
    run: async (args, out) =>
      (await withDecorators(() => import('./commands/demo-seed.command.js'))).demoSeed(args, out),
  },
  'notifications:failed': {
    summary: 'list failed notification jobs, the dead-letter list (JSON lines, no content)',
    run: async (_args, out) =>
      (
        await withDecorators(() => import('./commands/notifications-failed.command.js'))
      ).notificationsFailed(cliConfig(), out),
  },
  'audit:verify': {
    summary: 'walk the audit hash chain; prints the result as JSON, exit 1 when broken',
    run: async (args, out) => (await audit()).auditVerify(args, out),
  },
  'audit:head': {
    summary: 'print the head of the audit chain and the statement for the Audit Committee chair',
    run: async (args, out) => (await withDecorators(audit)).auditHead(args, out),
  },
  'retention:run': {
    summary: 'purge closed cases past retention, except those on legal hold: [--dry-run]',
    run: async (args, out) =>
      (await withDecorators(() => import('./commands/retention.command.js'))).retentionRun(
        args,
        out,
      ),
  },
  'notifications:retry': {
    summary: 'retry failed notification jobs: --all | --id <job id>',
    run: async (args, out) =>
      (
        await withDecorators(() => import('./commands/notifications-retry.command.js'))
      ).notificationsRetry(cliConfig(), args, out),
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
