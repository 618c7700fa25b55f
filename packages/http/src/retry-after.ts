/**
 * The longest wait a `Retry-After` can ask for, in seconds (a day). Longer
 * values, and absurd ones (`99999999999999999999999`), are read as this.
 */
export const MAX_RETRY_AFTER_SECONDS = 86_400;

const clamp = (seconds: number): number => Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, Math.ceil(seconds)));

/**
 * Reads a `Retry-After` header, in either of its forms: delay-seconds (`120`)
 * or an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`). Returns whole seconds
 * from `now`, from 0 to a day, or undefined when the header is absent or
 * unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return clamp(Number(value));
  // An HTTP date always names its day and month; anything else is not one.
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : clamp((date - now) / 1000);
}

/** A wait as a `Retry-After` value: whole seconds, digits only, at most a day. */
export function formatRetryAfter(seconds: number): string {
  return String(Number.isFinite(seconds) ? clamp(seconds) : MAX_RETRY_AFTER_SECONDS);
}
