import { describe, expect, it } from 'vitest';
import { errorCodeOf, ERROR_STATUS, isErrorCode } from './error-codes.js';

describe('error codes', () => {
  it('pairs every code with an error status', () => {
    for (const status of Object.values(ERROR_STATUS)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
    }
  });

  it('reads the code of an error body, never its message', () => {
    expect(errorCodeOf({ error: { code: 'postcode-invalid', message: 'Upstream said so' } })).toBe('postcode-invalid');
    expect(errorCodeOf({ error: { code: 'added-by-a-newer-back-end' } })).toBe('added-by-a-newer-back-end');
    expect(errorCodeOf({ error: { code: 7 } })).toBeUndefined();
    expect(errorCodeOf({ error: 'provider-timeout' })).toBeUndefined();
    expect(errorCodeOf(null)).toBeUndefined();
  });

  it('knows only its own codes, whatever an object’s prototype has', () => {
    expect(isErrorCode('postcode-invalid')).toBe(true);
    expect(isErrorCode('added-by-a-newer-back-end')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('__proto__')).toBe(false);
  });
});
