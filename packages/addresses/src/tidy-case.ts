/**
 * Turns the capitals of address datasets ("FLAT 2, ST. JOHN'S COURT") into
 * the mixed case residents read more easily ("Flat 2, St. John's Court").
 * Text that is already mixed case is left alone.
 */
const LOWER_WORDS = new Set(['upon', 'on', 'under', 'by', 'the', 'of', 'and', 'in', 'y', 'yr']);

function tidyWord(word: string, isFirst: boolean): string {
  const lower = word.toLowerCase();
  if (!isFirst && LOWER_WORDS.has(lower)) return lower;
  // Numbers with letters keep their letters in capitals: 2A, 10B.
  if (/^\d/.test(word)) return word.toUpperCase();
  return lower
    .replace(/^(\p{L})/u, (c) => c.toUpperCase())
    .replace(/^Mc(\p{L})/u, (_, c: string) => `Mc${c.toUpperCase()}`)
    .replace(/^(\p{L})'(\p{L})/u, (_, a: string, b: string) => `${a}'${b.toUpperCase()}`)
    .replace(/-(\p{L})/gu, (_, c: string) => `-${c.toUpperCase()}`)
    .replace(/-(upon|on|under|by|the|in)-/giu, (match) => match.toLowerCase());
}

export function tidyCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .split(/(\s+)/)
    .map((part, index) => (/^\s+$/.test(part) ? part : tidyWord(part, index === 0)))
    .join('');
}
