import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRetryAfter, MAX_RETRY_AFTER_SECONDS, parseRetryAfter } from './retry-after.js';

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(' 0 ')).toBe(0);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    const now = Date.parse('Fri, 27 Nov 2026 10:00:00 GMT');
    expect(parseRetryAfter('Fri, 27 Nov 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Fri, 27 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('never asks for more than a day, however many digits', () => {
    expect(parseRetryAfter('99999999999999999999999')).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(parseRetryAfter('Fri, 27 Nov 2099 10:00:30 GMT')).toBe(MAX_RETRY_AFTER_SECONDS);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('-5')).toBeUndefined();
    expect(parseRetryAfter('1.5')).toBeUndefined();
  });

  it('always gives whole seconds from 0 to a day, whatever the header says', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^\d{1,30}$/),
          fc.date().map((d) => d.toUTCString()),
        ),
        (header) => {
          const seconds = parseRetryAfter(header);
          if (seconds === undefined) return;
          expect(Number.isInteger(seconds)).toBe(true);
          expect(seconds).toBeGreaterThanOrEqual(0);
          expect(seconds).toBeLessThanOrEqual(MAX_RETRY_AFTER_SECONDS);
        },
      ),
    );
  });
});

describe('formatRetryAfter', () => {
  it('writes digits only, rounded up and at most a day, so a client can always read it', () => {
    expect(formatRetryAfter(29.2)).toBe('30');
    expect(formatRetryAfter(-3)).toBe('0');
    expect(formatRetryAfter(1e23)).toBe(String(MAX_RETRY_AFTER_SECONDS));
    expect(formatRetryAfter(Number.NaN)).toBe(String(MAX_RETRY_AFTER_SECONDS));
    fc.assert(
      fc.property(fc.double(), (seconds) => {
        expect(formatRetryAfter(seconds)).toMatch(/^[0-9]+$/);
        expect(parseRetryAfter(formatRetryAfter(seconds))).toBe(Number(formatRetryAfter(seconds)));
      }),
    );
  });
});
