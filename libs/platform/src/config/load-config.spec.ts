import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config-error.js';
import { DEFAULTS, loadConfig } from './load-config.js';
import { generateSecret } from './secrets.js';

const devSecretsFile = () =>
  join(mkdtempSync(join(tmpdir(), 'candor-config-')), 'dev-secrets.json');
const realSecrets = () => ({
  CANDOR_MASTER_KEY: generateSecret(),
  RECEIPT_PEPPER: generateSecret(),
  JWT_SECRET: generateSecret(),
});

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ DEV_SECRETS_FILE: devSecretsFile(), ...env });
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe(loadConfig.name, () => {
  it('runs with no environment at all in development, with the documented defaults', () => {
    const { config } = loadConfig({ DEV_SECRETS_FILE: devSecretsFile() });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: DEFAULTS.DATABASE_URL,
      databaseMigrationUrl: DEFAULTS.DATABASE_MIGRATION_URL,
      redisUrl: DEFAULTS.REDIS_URL,
      smtpUrl: undefined,
    });
    expect(config.secrets.masterKey).toHaveLength(32);
  });

  it('generates development secrets once, into a private file, with a warning', () => {
    const file = devSecretsFile();
    const first = loadConfig({ DEV_SECRETS_FILE: file });
    expect(first.warnings.join()).toMatch(/development secrets were generated/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = loadConfig({ DEV_SECRETS_FILE: file });
    expect(second.warnings).toEqual([]);
    expect(second.config.secrets.masterKey.equals(first.config.secrets.masterKey)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('RECEIPT_PEPPER');
  });

  it('refuses to start in production without secrets, naming each one', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DATABASE_URL: DEFAULTS.DATABASE_URL });
    expect(problems).toEqual([
      expect.stringMatching(/^CANDOR_MASTER_KEY is required in production/),
      expect.stringMatching(/^RECEIPT_PEPPER is required in production/),
      expect.stringMatching(/^JWT_SECRET is required in production/),
    ]);
  });

  it.each([
    ['a placeholder', 'changeme'],
    ['too few bytes', Buffer.alloc(16, 1).toString('base64')],
    ['repeated bytes', Buffer.alloc(32, 9).toString('base64')],
    ['not base64', 'this is not base64 !!!'],
  ])('refuses a weak secret in production: %s', (_what, value) => {
    const problems = problemsOf({
      ...realSecrets(),
      NODE_ENV: 'production',
      DATABASE_URL: DEFAULTS.DATABASE_URL,
      JWT_SECRET: value,
    });
    expect(problems).toEqual([expect.stringMatching(/^JWT_SECRET is too weak/)]);
    expect(problems.join()).not.toContain(value);
  });

  it('requires the master key to be exactly 32 bytes', () => {
    const problems = problemsOf({
      ...realSecrets(),
      CANDOR_MASTER_KEY: randomBytes(48).toString('base64'),
    });
    expect(problems).toEqual([
      expect.stringMatching(/CANDOR_MASTER_KEY must be base64 of exactly 32 bytes/),
    ]);
  });

  it('starts in production with real secrets', () => {
    const { config } = loadConfig({
      ...realSecrets(),
      NODE_ENV: 'production',
      DATABASE_URL: DEFAULTS.DATABASE_URL,
    });
    expect(config.nodeEnv).toBe('production');
    expect(config.secrets.masterKeyId).toMatch(/^k-[0-9a-f]{12}$/);
  });

  it.each([
    ['DATABASE_URL', 'not a url', /DATABASE_URL is not a valid URL/],
    ['DATABASE_URL', 'mysql://x@y/z', /DATABASE_URL must start with postgres:\/\//],
    ['REDIS_URL', 'http://localhost', /REDIS_URL must start with redis:\/\//],
    ['SMTP_URL', 'ftp://mail', /SMTP_URL must start with smtp:\/\//],
    ['PORT', 'eighty', /PORT must be a port number/],
    ['NODE_ENV', 'staging', /NODE_ENV must be development, test or production/],
    ['TRUST_PROXY', '10.0.0.0/33', /TRUST_PROXY must list IP addresses or CIDR ranges/],
    ['TRUST_PROXY', 'proxy.internal', /TRUST_PROXY must list IP addresses or CIDR ranges/],
  ])('names %s when it is malformed', (name, value, message) => {
    expect(problemsOf({ ...realSecrets(), [name]: value })).toEqual([
      expect.stringMatching(message),
    ]);
  });

  it('trusts no proxy unless told, and takes addresses and ranges of both families', () => {
    expect(loadConfig({ DEV_SECRETS_FILE: devSecretsFile() }).config.trustProxy).toEqual([]);
    const { config } = loadConfig({
      DEV_SECRETS_FILE: devSecretsFile(),
      TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1,fd00::/8',
    });
    expect(config.trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8']);
  });

  it('never repeats a database password in a problem', () => {
    const problems = problemsOf({ ...realSecrets(), DATABASE_URL: 'mysql://u:hunter2secret@h/db' });
    expect(problems.join()).not.toContain('hunter2secret');
  });
});
