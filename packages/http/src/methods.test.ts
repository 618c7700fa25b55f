import { describe, expect, it } from 'vitest';
import { isIdempotent, isJsonMediaType } from './methods.js';

describe('methods and media types', () => {
  it('retries only what cannot happen twice: POST and PATCH need an Idempotency-Key', () => {
    expect(['GET', 'HEAD', 'PUT', 'DELETE'].every((method) => isIdempotent(method as 'GET'))).toBe(true);
    expect(isIdempotent('POST')).toBe(false);
    expect(isIdempotent('PATCH', '')).toBe(false);
    expect(isIdempotent('POST', 'payment-123')).toBe(true);
  });

  it('recognises JSON media types only', () => {
    expect(isJsonMediaType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonMediaType(' application/problem+json')).toBe(true);
    expect(isJsonMediaType('text/html')).toBe(false);
    expect(isJsonMediaType('application/jsonp')).toBe(false);
    expect(isJsonMediaType(null)).toBe(false);
  });
});
