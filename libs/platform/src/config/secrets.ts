import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { NodeEnv, Secrets } from './app-config.js';

export const SECRET_NAMES = ['CANDOR_MASTER_KEY', 'RECEIPT_PEPPER', 'JWT_SECRET'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

const MIN_SECRET_BYTES = 32;
const PLACEHOLDERS = /^(change-?me|secret|password|test|dev|x+|0+)$/i;

export interface SecretsResult {
  readonly secrets?: Secrets;
  readonly problems: string[];
  /** Set when development secrets were generated in this call. */
  readonly generatedFile?: string;
}

/**
 * Secrets are base64 (or base64url) strings of at least 32 random bytes; the master key is exactly
 * 32 bytes (AES-256). Production refuses to start without real ones; development generates them
 * once into a git-ignored file so that `npm start` needs no environment variable.
 */
export function resolveSecrets(
  env: Record<string, string | undefined>,
  nodeEnv: NodeEnv,
  devSecretsFile: string,
): SecretsResult {
  const problems: string[] = [];
  let values: Record<SecretName, string | undefined> = {
    CANDOR_MASTER_KEY: env.CANDOR_MASTER_KEY,
    RECEIPT_PEPPER: env.RECEIPT_PEPPER,
    JWT_SECRET: env.JWT_SECRET,
  };
  let generatedFile: string | undefined;

  if (nodeEnv !== 'production' && SECRET_NAMES.some((name) => !values[name])) {
    const stored = readOrCreateDevSecrets(devSecretsFile);
    generatedFile = stored.created ? devSecretsFile : undefined;
    values = Object.fromEntries(
      SECRET_NAMES.map((name) => [name, values[name] ?? stored.values[name]]),
    ) as Record<SecretName, string>;
  }

  const decoded: Partial<Record<SecretName, Buffer>> = {};
  for (const name of SECRET_NAMES) {
    const raw = values[name];
    if (!raw) {
      problems.push(`${name} is required in production (base64 of at least 32 random bytes)`);
      continue;
    }
    const bytes = decodeSecret(raw);
    if (
      !bytes ||
      bytes.length < MIN_SECRET_BYTES ||
      PLACEHOLDERS.test(raw) ||
      isLowEntropy(bytes)
    ) {
      problems.push(`${name} is too weak: use base64 of at least 32 random bytes`);
      continue;
    }
    if (name === 'CANDOR_MASTER_KEY' && bytes.length !== 32) {
      problems.push('CANDOR_MASTER_KEY must be base64 of exactly 32 bytes (AES-256)');
      continue;
    }
    decoded[name] = bytes;
  }
  if (problems.length > 0) return { problems, generatedFile };

  const previousMasterKeys: Array<{ id: string; key: Buffer }> = [];
  for (const [index, raw] of (env.CANDOR_PREVIOUS_MASTER_KEYS ?? '').split(',').entries()) {
    if (!raw.trim()) continue;
    const key = decodeSecret(raw);
    if (!key || key.length !== 32) {
      problems.push(
        `CANDOR_PREVIOUS_MASTER_KEYS entry ${index + 1} must be base64 of exactly 32 bytes`,
      );
      continue;
    }
    previousMasterKeys.push({ id: masterKeyId(key), key });
  }
  if (problems.length > 0) return { problems, generatedFile };

  const masterKey = decoded.CANDOR_MASTER_KEY as Buffer;
  return {
    problems,
    generatedFile,
    secrets: {
      masterKey,
      masterKeyId: masterKeyId(masterKey),
      receiptPepper: decoded.RECEIPT_PEPPER as Buffer,
      jwtSecret: decoded.JWT_SECRET as Buffer,
      previousMasterKeys,
    },
  };
}

/** A short, non-secret fingerprint of a key-encryption key, stored with everything it wraps. */
export function masterKeyId(key: Buffer): string {
  return `k-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

export function generateSecret(): string {
  return randomBytes(32).toString('base64');
}

function decodeSecret(raw: string): Buffer | undefined {
  const normalized = raw.trim().replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(normalized)) return undefined;
  return Buffer.from(normalized, 'base64');
}

function isLowEntropy(bytes: Buffer): boolean {
  return new Set(bytes).size < 8;
}

function readOrCreateDevSecrets(file: string): {
  values: Record<SecretName, string>;
  created: boolean;
} {
  if (existsSync(file)) {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<SecretName, string>;
    if (SECRET_NAMES.every((name) => typeof parsed[name] === 'string')) {
      return { values: parsed, created: false };
    }
  }
  const values = Object.fromEntries(SECRET_NAMES.map((name) => [name, generateSecret()])) as Record<
    SecretName,
    string
  >;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(values, null, 2) + '\n', { mode: 0o600 });
  return { values, created: true };
}
