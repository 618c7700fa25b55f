import type { TrustedProxies } from '@council-components/server/node/client-address.js';

/**
 * `COLLECTOR_TRUSTED_PROXIES`: the proxies in front of the collector whose `X-Forwarded-For` is believed, as a
 * comma-separated list (`loopback,private,203.0.113.0/24`) or a number of hops (`1`). Unset: the socket's address is
 * the client, which behind a proxy would put every client in one rate-limit bucket.
 */
export function trustedProxiesOf(setting: string | undefined): { trustedProxies?: TrustedProxies } {
  const text = setting?.trim() ?? '';
  if (text === '') return {};
  if (/^\d+$/.test(text)) return { trustedProxies: Number(text) };
  return {
    trustedProxies: text
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  };
}
