/**
 * Orders text the way people read house numbers: Flat 2 before Flat 10, and
 * 2 before 2A before 10. Letters compare case-insensitively; numbers by value.
 */
const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

export function compareNaturally(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Sorts a copy of `items` naturally by the text `key` gives for each. */
export function sortNaturally<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareNaturally(key(x), key(y)));
}
