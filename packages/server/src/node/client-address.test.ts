import { describe, expect, it } from 'vitest';
import { bucketKeyOf } from '../http/rate-limiter.js';
import { clientAddressResolver, MAX_FORWARDED_HOPS, normaliseAddress } from './client-address.js';

describe('clientAddressResolver', () => {
  it('takes the socket’s address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddressResolver(undefined)('203.0.113.7', '198.51.100.1')).toBe('203.0.113.7');
  });

  it('takes the right-most hop that is not a trusted proxy, ignoring what the client wrote to its left', () => {
    const resolve = clientAddressResolver(['10.0.0.0/8', '192.0.2.10']);
    // Client 203.0.113.7 wrote a fake hop; the CDN (192.0.2.10) and the load balancer (10.0.0.2) appended.
    expect(resolve('10.0.0.2', '198.51.100.99, 203.0.113.7, 192.0.2.10')).toBe('203.0.113.7');
    // A request straight to the load balancer's address from outside: the socket is the client.
    expect(resolve('203.0.113.8', '198.51.100.99')).toBe('203.0.113.8');
    // Every hop trusted: the left-most is as far as anyone saw.
    expect(resolve('10.0.0.2', '10.1.1.1, 10.2.2.2')).toBe('10.1.1.1');
  });

  it('trusts a number of hops, when the chain in front is always that long', () => {
    expect(clientAddressResolver(1)('10.0.0.2', '198.51.100.99, 203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddressResolver(2)('10.0.0.2', '198.51.100.99, 203.0.113.7, 10.0.0.3')).toBe('203.0.113.7');
    expect(clientAddressResolver(0)('10.0.0.2', '203.0.113.7')).toBe('10.0.0.2');
  });

  it('understands the named ranges, IPv6, ports and IPv4-mapped addresses, and repeated headers', () => {
    const resolve = clientAddressResolver(['loopback', 'private']);
    expect(resolve('::ffff:127.0.0.1', '[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(resolve('::1', '203.0.113.7:51234')).toBe('203.0.113.7');
    expect(resolve('fd00::5', ['198.51.100.1', '203.0.113.7, 10.9.9.9'])).toBe('203.0.113.7');
  });

  it('stops at a hop that is not an address, keeping the last address a trusted proxy gave', () => {
    const resolve = clientAddressResolver(['loopback']);
    expect(resolve('127.0.0.1', 'x'.repeat(15_000))).toBe('127.0.0.1');
    expect(resolve('127.0.0.1', '<script>, 127.0.0.2')).toBe('127.0.0.2');
    expect(resolve(undefined, '203.0.113.7')).toBe('unknown');
  });

  it(`reads at most ${MAX_FORWARDED_HOPS} hops`, () => {
    const chain = Array.from({ length: 100 }, (_, n) => `127.0.0.${n + 1}`).join(', ');
    expect(clientAddressResolver(['loopback'])('127.0.0.1', chain)).toBe(`127.0.0.${100 - MAX_FORWARDED_HOPS + 1}`);
  });

  it('refuses a configuration that is not addresses, ranges or a whole number of hops', () => {
    expect(() => clientAddressResolver(['10.0.0.0/33'])).toThrow(/not an address/);
    expect(() => clientAddressResolver(['load-balancer'])).toThrow(/not an address/);
    expect(() => clientAddressResolver(1.5)).toThrow(/whole number/);
  });
});

describe('normaliseAddress', () => {
  it('gives a valid address or nothing', () => {
    expect(normaliseAddress(' 203.0.113.7 ')).toBe('203.0.113.7');
    expect(normaliseAddress('::FFFF:203.0.113.7')).toBe('203.0.113.7');
    expect(normaliseAddress('999.1.1.1')).toBeUndefined();
    expect(normaliseAddress('unknown')).toBeUndefined();
    expect(normaliseAddress('1'.repeat(100))).toBeUndefined();
  });
});

describe('bucketKeyOf', () => {
  it('puts an IPv6 client’s /64 in one bucket, and keeps IPv4 addresses apart', () => {
    expect(bucketKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(bucketKeyOf('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(bucketKeyOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(bucketKeyOf('::1')).toBe('0:0:0:0::/64');
    expect(bucketKeyOf('203.0.113.7')).toBe('203.0.113.7');
    expect(bucketKeyOf('x'.repeat(1_000))).toHaveLength(64);
  });
});
