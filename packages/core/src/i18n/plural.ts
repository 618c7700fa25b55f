import type { Lang } from './lang.js';

/** A CLDR plural category. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A message with a form for each CLDR plural category. `other` is required;
 * Welsh uses all six (zero, one, two, few, many, other), English one/other.
 */
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

/** Welsh's categories for the counts that have their own (CLDR: 0 zero, 1 one, 2 two, 3 few, 6 many). */
const WELSH: Readonly<Record<number, PluralCategory>> = { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 6: 'many' };

/**
 * The CLDR plural category of a count, for the two languages the components speak, by the rules written out: not
 * `Intl.PluralRules`, whose first use costs tens of milliseconds on a slow phone at the moment a resident is waiting
 * for an answer. A count with a fraction is `other` in both languages, as CLDR says of a number written with one.
 */
export function pluralCategory(lang: Lang, count: number): PluralCategory {
  const n = Math.abs(count);
  if (!Number.isInteger(n)) return 'other';
  return lang === 'cy' ? (WELSH[n] ?? 'other') : n === 1 ? 'one' : 'other';
}

export function selectPlural(lang: Lang, count: number, forms: PluralForms): string {
  const form: unknown = forms[pluralCategory(lang, count)];
  // Overrides typed into a page may hold anything: only text is a form.
  return typeof form === 'string' ? form : forms.other;
}
