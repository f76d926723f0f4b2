import type { FastifyRequest } from 'fastify';
import { clientKeyOf, clientOf } from './client-key.js';

describe(clientOf.name, () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:DB8:0001:0002:ffff::', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::198.51.100.1', '64:ff9b:0:0::/64'],
    ['2001:db8:1:2:3:4:203.0.113.7', '2001:db8:1:2::/64'],
  ])('counts %s as the client %s', (address, client) => {
    expect(clientOf(address)).toBe(client);
  });

  it('makes every address of one IPv6 /64 the same client, and another /64 another', () => {
    const clients = new Set(
      ['2001:db8:a:b::1', '2001:db8:a:b:ffff:ffff:ffff:fffe', '2001:db8:a:b:1234::'].map(clientOf),
    );
    expect(clients.size).toBe(1);
    expect(clientOf('2001:db8:a:c::1')).not.toBe(clientOf('2001:db8:a:b::1'));
  });
});

describe(clientKeyOf.name, () => {
  const request = (ip: string, socket: object) =>
    ({ ip, raw: { socket } }) as unknown as FastifyRequest;

  it('gives one client one key, on any connection, and another client another', () => {
    const [first, second] = [{}, {}];
    const key = clientKeyOf(request('203.0.113.7', first));
    expect(clientKeyOf(request('203.0.113.7', first))).toBe(key);
    expect(clientKeyOf(request('203.0.113.7', second))).toBe(key);
    expect(clientKeyOf(request('2001:db8:a:b::1', first))).not.toBe(key);
    // Behind a trusted proxy one connection carries many clients: the key follows the address.
    expect(clientKeyOf(request('203.0.113.7', first))).toBe(key);
    expect(key).not.toContain('203');
  });
});
