/**
 * Whether `hostname` (as `location.hostname` writes it) names a developer's own machine or a private network:
 * `localhost`, `*.localhost`, `*.local`, and the loopback, private and link-local addresses of IPv4 (127/8, 10/8,
 * 172.16/12, 192.168/16, 169.254/16) and IPv6 (::1, fc00::/7, fe80::/10). No council's residents are there, so a
 * beacon from it would only count developers and test runs.
 *
 * One expression, for the bytes of every bundle. Browsers write hosts normalised: an IPv4 address in four decimal
 * parts (a host ending in a number is always parsed as one), IPv6 in brackets, compressed, in lower case. A first
 * group of four digits from fc00 to feff covers fc00::/7 and fe80::/10, and otherwise only fe00::/9 and fec0::/10,
 * reserved and withdrawn ranges no public site is on.
 */
export const isLocalHost = (hostname: string): boolean =>
  /^((127|10|192\.168|169\.254|172\.(1[6-9]|2\d|3[01]))\.[\d.]+|(.+\.)?local(host)?\.?|\[(::1|f[c-e][\da-f]{2}:.*)\])$/i.test(
    hostname,
  );
