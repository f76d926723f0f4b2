import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Below 128 bits a token could be guessed online at scale. */
const MIN_TOKEN_BYTES = 16;

/** A URL-safe random secret (base64url, no padding) of `bytes` random bytes. */
export function randomToken(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < MIN_TOKEN_BYTES) {
    throw new RangeError(`A token needs at least ${MIN_TOKEN_BYTES} random bytes`);
  }
  return randomBytes(bytes).toString('base64url');
}

/**
 * Compares secrets without leaking where they differ. `timingSafeEqual` throws on a length
 * mismatch, and an early `false` would reveal the length, so both sides are hashed to a fixed
 * size first and compared in constant time.
 */
export function constantTimeEqual(a: Buffer, b: Buffer): boolean {
  const digestA = createHash('sha256').update(a).digest();
  const digestB = createHash('sha256').update(b).digest();
  return timingSafeEqual(digestA, digestB) && a.length === b.length;
}
