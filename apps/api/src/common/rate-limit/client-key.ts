import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** Drawn once per process and never stored: no key can be traced back to an address. */
const SALT = randomBytes(32);

/**
 * The client as an opaque key, for staff routes only (reporter routes read no network identifier
 * at all): an HMAC of its address under a salt this process never stores, kept in memory by
 * whoever counts with it, never written to Redis, the database or a log. The address is the
 * connecting one, or the one a trusted proxy names (`TRUST_PROXY`): behind a proxy that hides it,
 * every client would count as the proxy, and one client's failures would refuse everybody.
 */
export function clientKeyOf(request: FastifyRequest): string {
  return createHmac('sha256', SALT)
    .update(request.ip ?? '')
    .digest('base64url')
    .slice(0, 22);
}
