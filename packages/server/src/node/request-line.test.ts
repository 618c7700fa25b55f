import { describe, expect, it } from 'vitest';
import { urlOfRequestLine } from './request-line.js';

const urlOf = (target: string, host: string | undefined = 'council.example', method = 'GET') => {
  const line = urlOfRequestLine(method, target, host);
  return 'url' in line ? line.url.href : line.refused;
};

describe('urlOfRequestLine', () => {
  it('reads a path, with its query, on the Host given', () => {
    expect(urlOf('/api/addresses?postcode=SO16%200AS')).toBe(
      'http://council.example/api/addresses?postcode=SO16%200AS',
    );
    expect(urlOf('/api/addresses', 'council.example:8080')).toBe('http://council.example:8080/api/addresses');
    expect(urlOf('/api/addresses', '[2001:db8::1]:443')).toBe('http://[2001:db8::1]:443/api/addresses');
    expect(urlOfRequestLine('GET', '/', undefined)).toEqual({ refused: 'bad-request' });
  });

  it('takes only the path of an absolute target, as a proxy sends it', () => {
    expect(urlOf('http://elsewhere.example/api/addresses?postcode=x')).toBe(
      'http://council.example/api/addresses?postcode=x',
    );
  });

  it('refuses a Host that is not one', () => {
    for (const host of ['a:b', 'u@evil', 'evil/x', 'a b', '', 'a:99999999', '[zz]'])
      expect(urlOf('/', host), host).toBe('bad-request');
  });

  it('refuses a target that is not a path', () => {
    for (const target of ['//a:b/x', '//evil.example/', '*', 'council.example:443', '/\\evil.example/x', 'api']) {
      expect(urlOf(target), target).toBe('bad-request');
    }
  });

  it('refuses dot segments, plain or encoded, but not dots in names or queries', () => {
    for (const target of ['/api/%2e%2e/x', '/api/.%2E/x', '/api/%2e/x', '/api/..', '/./api', '/api/..\\x']) {
      expect(urlOf(target), target).toBe('bad-request');
    }
    expect(urlOf('/api/addresses.json')).toBe('http://council.example/api/addresses.json');
    expect(urlOf('/api/...')).toBe('http://council.example/api/...');
    expect(urlOf('/api/addresses?next=../x')).toBe('http://council.example/api/addresses?next=../x');
  });

  it('refuses the methods a Request cannot carry as not allowed', () => {
    for (const method of ['TRACE', 'TRACK', 'CONNECT']) expect(urlOf('/', 'h', method)).toBe('method-not-allowed');
  });
});
