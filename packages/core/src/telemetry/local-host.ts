/**
 * Whether `hostname` (as `location.hostname` writes it) is one no council's residents are on: `localhost`,
 * `*.localhost`, `*.local`, or an IP address of any kind. Private and loopback addresses are developers' machines and
 * test runs; no council serves its pages from a bare public address either, so one expression covers both (for the
 * bytes of every bundle). Browsers write hosts normalised: an IPv4 address in four decimal parts (a host ending in a
 * number is always parsed as one), IPv6 in brackets.
 */
export const isLocalHost = (hostname: string): boolean => /^(\[|[\d.]+$)|(^|\.)local(host)?\.?$/i.test(hostname);
