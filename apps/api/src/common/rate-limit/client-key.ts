import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** Drawn once per process and never stored: no key can be traced back to an address. */
const SALT = randomBytes(32);

/**
 * The connecting client as an opaque key, for staff routes only (reporter routes read no network
 * identifier at all): an HMAC of the address under a salt this process never stores, kept in
 * memory by whoever counts with it, never written to Redis, the database or a log.
 */
export function clientKeyOf(request: FastifyRequest): string {
  return createHmac('sha256', SALT)
    .update(request.socket.remoteAddress ?? '')
    .digest('base64url')
    .slice(0, 22);
}
