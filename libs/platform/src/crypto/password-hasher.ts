import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

/**
 * Staff passwords (product.md §7) with argon2id at OWASP's first recommended setting: 19 MiB,
 * two passes, one lane. Memory-hard enough to make offline guessing costly, light enough that a
 * burst of sign-ins does not exhaust the API's memory.
 */
const PARAMETERS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Hashes that claim more than this are refused before verifying: a forged or corrupted row must
 * not be able to make one sign-in allocate gigabytes.
 */
const MAX_MEMORY_COST = 262_144; // 256 MiB
const MAX_TIME_COST = 10;
const MAX_PARALLELISM = 8;

const BASE64 = /^[A-Za-z0-9+/]+$/;
const DECIMAL = /^\d{1,10}$/;
const ARGON2_VERSION = 0x13;

export async function hashPassword(plain: string): Promise<string> {
  return argon2.hash(normalize(plain), PARAMETERS);
}

/** Never throws: a malformed or unsupported hash simply does not match. */
export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  const params = parse(hash);
  if (
    !params ||
    params.memoryCost > MAX_MEMORY_COST ||
    params.timeCost > MAX_TIME_COST ||
    params.parallelism > MAX_PARALLELISM
  ) {
    return false;
  }
  try {
    return await argon2.verify(hash, normalize(plain));
  } catch {
    return false;
  }
}

/**
 * True when a hash was made with other parameters (or is not argon2id): replace it with
 * `hashPassword` right after a successful sign-in, while the plain password is at hand.
 */
export function needsRehash(hash: string): boolean {
  const params = parse(hash);
  return (
    !params ||
    params.version !== ARGON2_VERSION ||
    params.memoryCost !== PARAMETERS.memoryCost ||
    params.timeCost !== PARAMETERS.timeCost ||
    params.parallelism !== PARAMETERS.parallelism
  );
}

/** An initial or reset password: 24 base64url characters, 144 random bits. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * The same password typed on two keyboards can arrive as different code points (é precomposed or
 * not); NIST SP 800-63B asks for Unicode normalization before hashing so both verify.
 */
function normalize(plain: string): string {
  return plain.normalize('NFKC');
}

interface Argon2Params {
  readonly version: number;
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

/**
 * Reads a PHC string `$argon2id$v=19$m=…,t=…,p=…$salt$hash` (the parameters may come in any
 * order). Anything else, including other argon2 variants, is not a hash this service accepts.
 */
function parse(hash: string): Argon2Params | undefined {
  const [empty, id, version, paramList, salt, digest, ...rest] = hash.split('$');
  if (empty !== '' || id !== 'argon2id' || rest.length > 0) return undefined;
  if (!salt || !digest || !BASE64.test(salt) || !BASE64.test(digest)) return undefined;
  const params = new Map<string, string>();
  for (const pair of (paramList ?? '').split(',')) {
    const [name, value, ...extra] = pair.split('=');
    if (!name || !value || extra.length > 0 || params.has(name) || !DECIMAL.test(value)) {
      return undefined;
    }
    params.set(name, value);
  }
  const versionMatch = /^v=(\d{1,3})$/.exec(version ?? '');
  const [m, t, p] = [params.get('m'), params.get('t'), params.get('p')];
  if (!versionMatch || params.size !== 3 || !m || !t || !p) return undefined;
  return {
    version: Number(versionMatch[1]),
    memoryCost: Number(m),
    timeCost: Number(t),
    parallelism: Number(p),
  };
}
