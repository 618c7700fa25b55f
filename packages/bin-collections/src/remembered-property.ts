/**
 * The property a resident chose, remembered in `localStorage` for their next visit, only where the page opts in
 * (`remember`). What is read back is checked: storage is the page's, and anyone's script can write to it. Storage
 * that is blocked or full (private browsing, a strict browser) means nothing is remembered, and nothing fails.
 */
import type { Property } from './bin-collections.state.js';

const KEY = 'council-bin-collections';

const isUprn = (value: unknown): value is string => typeof value === 'string' && /^[0-9]{1,12}$/.test(value);

/** The property remembered for this back end (`endpoint`), if any. */
export function rememberedProperty(endpoint: string): Property | undefined {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return undefined;
    const { uprn, address, endpoint: storedFor } = stored as Record<string, unknown>;
    if (!isUprn(uprn) || storedFor !== endpoint) return undefined;
    return { uprn, address: typeof address === 'string' ? address.slice(0, 300) : null, chosen: true };
  } catch {
    return undefined;
  }
}

export function rememberProperty(endpoint: string, { uprn, address }: Property): void {
  if (uprn === null) return;
  try {
    localStorage.setItem(KEY, JSON.stringify({ uprn, address, endpoint }));
  } catch {
    // Not remembered: the resident searches again next time.
  }
}

export function forgetProperty(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing could be stored either.
  }
}
