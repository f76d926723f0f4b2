import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { AppConfig, NodeEnv } from './app-config.js';
import { must } from '../checks/must.js';
import { ConfigError } from './config-error.js';
import { resolveSecrets } from './secrets.js';

export const DEFAULTS = {
  PORT: '3000',
  HOST: '127.0.0.1',
  DATABASE_URL: 'postgres://candor_app@127.0.0.1:5432/candor',
  DATABASE_MIGRATION_URL: 'postgres://postgres@127.0.0.1:5432/candor',
  REDIS_URL: 'redis://127.0.0.1:6379',
  REDIS_PREFIX: 'candor',
  MAIL_DIR: 'var/mail',
  MAIL_FROM: 'Candor <no-reply@candor.invalid>',
  LOG_LEVEL: 'info',
  BODY_LIMIT_BYTES: String(256 * 1024),
  DEV_SECRETS_FILE: 'var/dev-secrets.json',
  BOARD_COMMITTEE: 'audit_committee',
  REPORTER_WRITE_WINDOW_DAYS: '30',
  INTAKE_REPORTS_PER_MINUTE: '300',
  RECEIPT_FAILURES_PER_MINUTE: '60',
  DRAFT_FILES_MAX_MB: '512',
  PROTECTION_MONTHS: '24',
  RETENTION_YEARS: '7',
  RETALIATION_RANDOM_REVIEW_RATE: '0.10',
  TRUST_PROXY: '',
} as const;

export interface LoadedConfig {
  readonly config: AppConfig;
  readonly warnings: string[];
}

/**
 * Reads and validates the environment. Every problem is collected so that an operator sees them all
 * at once; a problem never includes a secret's value.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): LoadedConfig {
  const problems: string[] = [];
  const warnings: string[] = [];
  const get = (name: keyof typeof DEFAULTS): string => env[name]?.trim() || DEFAULTS[name];

  const nodeEnvRaw = env.NODE_ENV?.trim() || 'development';
  if (!['development', 'test', 'production'].includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV must be development, test or production (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = nodeEnvRaw as NodeEnv;

  const port = Number(get('PORT'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a port number (got "${get('PORT')}")`);
  }
  const bodyLimitBytes = Number(get('BODY_LIMIT_BYTES'));
  if (!Number.isInteger(bodyLimitBytes) || bodyLimitBytes < 1024) {
    problems.push('BODY_LIMIT_BYTES must be a whole number of bytes, at least 1024');
  }

  const boardCommittee = get('BOARD_COMMITTEE');
  if (boardCommittee !== 'audit_committee' && boardCommittee !== 'board') {
    problems.push('BOARD_COMMITTEE must be audit_committee or board');
  }
  const reporterWriteWindowDays = wholeNumber('REPORTER_WRITE_WINDOW_DAYS', 0);
  const intakeReportsPerMinute = wholeNumber('INTAKE_REPORTS_PER_MINUTE', 1);
  const receiptFailuresPerMinute = wholeNumber('RECEIPT_FAILURES_PER_MINUTE', 1);
  const draftFilesMaxMb = wholeNumber('DRAFT_FILES_MAX_MB', 0);
  const protectionMonths = wholeNumber('PROTECTION_MONTHS', 0);
  const retentionYears = wholeNumber('RETENTION_YEARS', 1);
  const retaliationRandomReviewRate = Number(get('RETALIATION_RANDOM_REVIEW_RATE'));
  // A plain decimal only: Number() would also take '0x1' or '1e-1', which nobody means here.
  if (
    !/^(0?\.\d+|[01](\.\d*)?)$/.test(get('RETALIATION_RANDOM_REVIEW_RATE')) ||
    retaliationRandomReviewRate > 1
  ) {
    problems.push('RETALIATION_RANDOM_REVIEW_RATE must be a number from 0 to 1, such as 0.10');
  }

  const trustProxy = get('TRUST_PROXY')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!trustProxy.every(isAddressOrRange)) {
    problems.push('TRUST_PROXY must list IP addresses or CIDR ranges, separated by commas');
  }

  const databaseUrl = checkUrl('DATABASE_URL', get('DATABASE_URL'), ['postgres:', 'postgresql:']);
  const databaseMigrationUrl = checkUrl('DATABASE_MIGRATION_URL', get('DATABASE_MIGRATION_URL'), [
    'postgres:',
    'postgresql:',
  ]);
  const redisUrl = checkUrl('REDIS_URL', get('REDIS_URL'), ['redis:', 'rediss:']);
  const redisPrefix = get('REDIS_PREFIX');
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(redisPrefix)) {
    problems.push('REDIS_PREFIX may hold only letters, digits, dot, dash and underscore');
  }
  const smtpUrl = env.SMTP_URL?.trim()
    ? checkUrl('SMTP_URL', env.SMTP_URL.trim(), ['smtp:', 'smtps:'])
    : undefined;
  const publicBaseUrl = checkUrl(
    'PUBLIC_BASE_URL',
    env.PUBLIC_BASE_URL?.trim() ||
      `http://localhost:${Number.isInteger(port) ? port : DEFAULTS.PORT}`,
    ['http:', 'https:'],
  );

  if (nodeEnv === 'production' && !env.DATABASE_URL) {
    problems.push('DATABASE_URL is required in production');
  }

  const secrets = resolveSecrets(env, nodeEnv, resolve(get('DEV_SECRETS_FILE')));
  problems.push(...secrets.problems);
  if (secrets.generatedFile) {
    warnings.push(
      `development secrets were generated into ${secrets.generatedFile}; production needs real CANDOR_MASTER_KEY, RECEIPT_PEPPER and JWT_SECRET`,
    );
  }

  if (problems.length > 0 || !secrets.secrets) throw new ConfigError(problems);

  return {
    warnings,
    config: {
      nodeEnv,
      port,
      host: get('HOST'),
      databaseUrl,
      databaseMigrationUrl,
      redisUrl,
      redisPrefix,
      smtpUrl,
      mailDir: resolve(get('MAIL_DIR')),
      mailFrom: get('MAIL_FROM'),
      publicBaseUrl: publicBaseUrl.replace(/\/$/, ''),
      logLevel: get('LOG_LEVEL'),
      bodyLimitBytes,
      boardCommittee: boardCommittee as AppConfig['boardCommittee'],
      reporterWriteWindowDays,
      intakeReportsPerMinute,
      receiptFailuresPerMinute,
      draftFilesMaxBytes: draftFilesMaxMb * 1024 * 1024,
      protectionMonths,
      retentionYears,
      retaliationRandomReviewRate,
      trustProxy,
      secrets: secrets.secrets,
    },
  };

  function wholeNumber(name: keyof typeof DEFAULTS, min: number): number {
    const value = Number(get(name));
    if (!Number.isInteger(value) || value < min)
      problems.push(`${name} must be a whole number, at least ${min}`);
    return value;
  }

  function checkUrl(name: string, value: string, protocols: string[]): string {
    try {
      const url = new URL(value);
      if (!protocols.includes(url.protocol)) {
        problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
      } else if (!url.hostname) {
        problems.push(`${name} has no host`);
      }
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return value;
  }
}

function isAddressOrRange(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(must(address, 'the text before a /'));
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}
