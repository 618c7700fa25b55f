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
    'http://11.0.0.1/',
    'http://126.0.0.1/',
    'http://128.0.0.1/',
    'http://172.15.255.255/',
    'http://172.32.0.1/',
    'http://192.169.0.1/',
    'http://169.253.0.1/',
    'http://8.8.8.8/',
    'http://[2001:db8::1]/',
    'http://[::2]/',
    'http://[fb00::1]/',
    'http://[ff02::1]/',
    'http://[fc0::1]/', // 0fc0::, outside fc00::/7
  ])('is off for %s', (url) => {
    expect(isLocalHost(hostOf(url))).toBe(false);
  });
});
