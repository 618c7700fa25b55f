/**
 * Turns the capitals of address datasets ("FLAT 2, ST. JOHN'S COURT") into
 * the mixed case residents read more easily ("Flat 2, St. John's Court").
 * Text that is already mixed case is left alone.
 *
 * Welsh names follow the Welsh Language Commissioner's standardised forms:
 * the article and the small words between the parts of a name stay lower case
 * (Heol y Gors, Plas yn Rhiw, Pen-y-bont ar Ogwr), and so do the parts of a
 * hyphenated Welsh name after the first (Betws-y-coed, Castell-nedd,
 * Pont-y-pŵl), except a name after "ym", "yn" or "ar" (Llanfair-ym-Muallt).
 * A name that starts after a comma starts with a capital, article included
 * (Flat 2, Y Gorlan).
 */

/** Small words that stay lower case inside a name, in English and in Welsh. */
const LOWER_WORDS = new Set(['upon', 'on', 'under', 'by', 'the', 'of', 'and', 'in', 'y', 'yr', "'r", 'yn', 'ym', 'ar']);

/** Inside a hyphenated name: the words that join its parts (Stratford-upon-Avon, Pen-y-bont). */
const JOINING = new Set([
  'upon',
  'on',
  'under',
  'by',
  'the',
  'in',
  'en',
  'le',
  'super',
  'cum',
  'y',
  'yr',
  "'r",
  'ym',
  'yn',
  'ar',
]);

/** After these, the next part is a name again: Stratford-upon-Avon, Llanfair-ym-Muallt. */
const BEFORE_A_NAME = new Set(['upon', 'on', 'under', 'by', 'the', 'in', 'en', 'le', 'super', 'cum', 'ym', 'yn', 'ar']);

/** Spelling only Welsh has (dd, ll, ff, ch, rh, ŵ, ŷ): a part after a hyphen spelt so is a Welsh common noun. */
const WELSH_SPELLING = /dd|ll|ff|ch|rh|[ŵŷ]/u;

const capital = (word: string): string =>
  word
    .replace(/^(\p{L})/u, (c) => c.toUpperCase())
    .replace(/^Mc(\p{L})/u, (_, c: string) => `Mc${c.toUpperCase()}`)
    .replace(/^(\p{L})'(\p{L})/u, (_, a: string, b: string) => `${a}'${b.toUpperCase()}`);

/** The parts of a hyphenated name: the first a name, joining words lower case, then as the rules above say. */
function tidyParts(lower: string): string {
  const parts = lower.split('-');
  return parts
    .map((part, index) => {
      if (index === 0) return capital(part);
      const before = parts[index - 1] ?? '';
      if (JOINING.has(part)) return part;
      if (BEFORE_A_NAME.has(before)) return capital(part);
      // After the article, after a part with a circumflex (only Welsh has ŵ, ŷ: Tŷ-nant), or spelt as only Welsh is.
      if (before === 'y' || before === 'yr' || /[ŵŷ]/u.test(before) || WELSH_SPELLING.test(part)) return part;
      return capital(part);
    })
    .join('-');
}

function tidyWord(word: string, isFirst: boolean): string {
  const lower = word.toLowerCase();
  if (!isFirst && LOWER_WORDS.has(lower)) return lower;
  // Numbers with letters keep their letters in capitals: 2A, 10B.
  if (/^\d/.test(word)) return word.toUpperCase();
  return tidyParts(lower);
}

export function tidyCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const parts = text.split(/(\s+)/);
  return parts
    .map((part, index) => {
      if (/^\s+$/.test(part)) return part;
      // A new name starts the text, and after a comma.
      const first = index === 0 || (parts[index - 2] ?? '').endsWith(',');
      return tidyWord(part, first);
    })
    .join('');
}
