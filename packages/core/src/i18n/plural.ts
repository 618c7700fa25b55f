import type { Lang } from './lang.js';

/**
 * A message with a form for each CLDR plural category. `other` is required;
 * Welsh uses all six (zero, one, two, few, many, other), English one/other.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rulesByLang = new Map<Lang, Intl.PluralRules>();

export function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = rulesByLang.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    rulesByLang.set(lang, rules);
  }
  return rules.select(count);
}

export function selectPlural(lang: Lang, count: number, forms: PluralForms): string {
  const form: unknown = forms[pluralCategory(lang, count)];
  // Overrides typed into a page may hold anything: only text is a form.
  return typeof form === 'string' ? form : forms.other;
}
