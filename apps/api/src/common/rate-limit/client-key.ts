import { createHmac, randomBytes } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { must } from '@candor/platform';

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
  const address = request.ip;
  // A kept-alive connection sends request after request from one address: its key is worked out
  // once and kept with the connection (which holds the address anyway), gone when it closes.
  const socket = request.raw.socket as object | undefined;
  const known = socket === undefined ? undefined : keysByConnection.get(socket);
  if (known?.address === address) return known.key;
  const key = createHmac('sha256', SALT).update(clientOf(address)).digest('base64url').slice(0, 22);
  if (socket !== undefined) keysByConnection.set(socket, { address, key });
  return key;
}

/**
 * The last key worked out on each connection, with the address it was worked out from (behind a
 * trusted proxy, one connection carries many clients' requests: a new address, a new key).
 */
const keysByConnection = new WeakMap<object, { address: string; key: string }>();

/**
 * What one client is: an IPv4 address, or an IPv6 /64, the block a single subscriber is given, so
 * that nobody becomes 2^64 clients by changing the low bits of their address.
 */
export function clientOf(address: string): string {
  const [, mappedV4] = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address) ?? [];
  if (mappedV4 !== undefined) return mappedV4;
  if (isIPv4(address) || !isIPv6(address)) return address;
  const [withoutZone] = address.split('%');
  const [head, tail] = must(withoutZone, 'the address before its zone').toLowerCase().split('::');
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  // An embedded IPv4 address (only ever at the end) stands for two groups.
  const width = (parts: string[]) => parts.length + (parts.at(-1)?.includes('.') ? 1 : 0);
  const [first, last] = [groups(head), groups(tail)];
  const zeros = tail === undefined ? [] : Array<string>(8 - width(first) - width(last)).fill('0');
  const expanded = [...first, ...zeros, ...last];
  return `${expanded
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
