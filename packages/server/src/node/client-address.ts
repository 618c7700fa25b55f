import { BlockList, isIP } from 'node:net';

/**
 * Which proxies in front of the server may say who the client is: the
 * addresses or ranges (CIDR) of the council's load balancers and CDN, with the
 * names `loopback`, `private` (10/8, 172.16/12, 192.168/16, fc00::/7) and
 * `linklocal` for the usual ones; or a number of hops, when the chain in
 * front is always that long.
 */
export type TrustedProxies = readonly string[] | number;

/** Hops of `X-Forwarded-For` looked at: a longer chain than this is not a real one. */
export const MAX_FORWARDED_HOPS = 32;

const NAMED_RANGES: Readonly<Record<string, readonly string[]>> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
};

/**
 * The client's address as the trusted proxies saw it. `X-Forwarded-For` is
 * read from the right, because each proxy appends the address it received
 * from: the right-most hop that is not a trusted proxy is the client, and
 * everything to its left is what the client wrote, and is ignored. With no
 * trusted proxies the socket's address is the client. The result is always a
 * valid IP address (IPv4-mapped IPv6 as IPv4), or `unknown`.
 */
export function clientAddressResolver(
  trusted: TrustedProxies | undefined,
): (socketAddress: string | undefined, forwardedFor: string | string[] | undefined) => string {
  const isTrusted = trustCheck(trusted);
  return (socketAddress, forwardedFor) => {
    let client = normaliseAddress(socketAddress ?? '');
    if (client === undefined) return 'unknown';
    if (isTrusted === undefined || forwardedFor === undefined) return client;
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
    // Walk leftwards while the address we have is a trusted proxy: what it forwarded is the next hop.
    for (let hop = 0; hop < MAX_FORWARDED_HOPS && isTrusted(client, hop); hop += 1) {
      const next = hops.pop();
      if (next === undefined) break;
      const address = normaliseAddress(next);
      // A hop that is not an address was not written by a proxy: the last address stands.
      if (address === undefined) break;
      client = address;
    }
    return client;
  };
}

function trustCheck(trusted: TrustedProxies | undefined): ((address: string, hop: number) => boolean) | undefined {
  if (trusted === undefined) return undefined;
  if (typeof trusted === 'number') {
    if (!Number.isInteger(trusted) || trusted < 0) {
      throw new TypeError(`trustedProxies: a number of hops must be a whole number, not ${trusted}`);
    }
    return (_address, hop) => hop < trusted;
  }
  const list = new BlockList();
  for (const entry of trusted) {
    for (const range of NAMED_RANGES[entry] ?? [entry]) addRange(list, range);
  }
  return (address) => list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

function addRange(list: BlockList, range: string): void {
  const [address = '', prefix] = range.split('/');
  const family = isIP(address);
  const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
  if (family === 0 || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
    throw new TypeError(`trustedProxies: "${range}" is not an address, a range (CIDR) or loopback, private, linklocal`);
  }
  list.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * An address as a proxy writes it: `203.0.113.7`, `2001:db8::1`, with a port
 * (`203.0.113.7:51234`, `[2001:db8::1]:443`, as some cloud load balancers add)
 * or IPv4-mapped (`::ffff:203.0.113.7`). Undefined when it is not an address.
 */
export function normaliseAddress(text: string): string | undefined {
  let address = text.trim();
  if (address.length > 64) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address);
  if (bracketed?.[1] !== undefined) address = bracketed[1];
  else if (/^[\d.]+:\d{1,5}$/.test(address)) address = address.slice(0, address.indexOf(':'));
  const mapped = /^::ffff:([\d.]+)$/i.exec(address);
  if (mapped?.[1] !== undefined) address = mapped[1];
  const family = isIP(address);
  if (family === 0) return undefined;
  return family === 6 ? address.toLowerCase() : address;
}
