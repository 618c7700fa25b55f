import { describe, expect, it } from 'vitest';
import { isLocalHost } from './local-host.js';

/** Each host as a browser writes it in `location.hostname`, from the URL a page could have. */
const hostOf = (url: string): string => new URL(url).hostname;

describe('isLocalHost', () => {
  it.each([
    'http://localhost:8080/',
    'http://LOCALHOST/',
    'http://localhost./',
    'http://council.localhost/',
    'http://printer.local/',
    'http://127.0.0.1/',
    'http://127.255.255.254/',
    'http://0x7f.1/', // 127.0.0.1, as the URL parser reads it
    'http://10.0.0.1/',
    'http://10.255.255.255/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.20/',
    'http://169.254.10.10/',
    'http://[::1]:3000/',
    'http://[fc00::1]/',
    'http://[fd12:3456:789a::1]/',
    'http://[fe80::1]/',
    'http://[febf:ffff::1]/',
    // Public addresses too: no council serves its pages from a bare address.
    'http://8.8.8.8/',
    'http://[2001:db8::1]/',
  ])('is on for %s', (url) => {
    expect(isLocalHost(hostOf(url))).toBe(true);
  });

  it.each([
    'https://www.cardiff.gov.uk/',
    'https://council.gov.uk/',
    'https://localhost.example.gov.uk/',
    'https://local.gov.uk/',
    'https://www.local.gov.uk/',
    'https://10.example.gov.uk/',
    'https://192.168.example.gov.uk/',
    'https://council.gov.uk.local.example/',
    'https://8.8.8.8.example/',
    'https://www.cyngor2.cymru/',
  ])('is off for %s', (url) => {
    expect(isLocalHost(hostOf(url))).toBe(false);
  });
});
