import type { Lang } from './lang.js';
import { selectPlural, type PluralForms } from './plural.js';

export type Message = string | PluralForms;

/** Every key in English and Welsh: the type forbids a string without its translation. */
export type Catalogue<Key extends string> = Readonly<Record<Lang, Readonly<Record<Key, Message>>>>;

/** Per-instance replacements, for one or both languages. */
export type CatalogueOverrides<Key extends string> = Partial<Record<Lang, Partial<Record<Key, Message>>>>;

export type MessageParams = Readonly<Record<string, string | number>> & { count?: number };

/**
 * Turns a message into text: picks the plural form for `params.count`, then
 * replaces `{name}` placeholders. Numbers are formatted for the language (`formatNumber`).
 * The result is plain text, for Lit to render as text, never as HTML.
 */
export function formatMessage(message: Message, lang: Lang, params: MessageParams = {}): string {
  const template = typeof message === 'string' ? message : selectPlural(lang, params.count ?? 0, message);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/**
 * A number as English and Welsh write it in the UK: a whole number with a comma between each group of three digits
 * ("1,234"), written out rather than by `Intl`, whose first use costs tens of milliseconds on a slow phone on the
 * way to showing what a search found. Any other number (and -0) is left to the browser.
 */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return value.toLocaleString(`${lang}-GB`);
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

export function lookupMessage<Key extends string>(
  catalogue: Catalogue<Key>,
  overrides: CatalogueOverrides<Key> | undefined,
  lang: Lang,
  key: Key,
): Message {
  // Overrides come from page authors (a JSON attribute typed into a CMS): only a string or plural forms count.
  const override: unknown = overrides?.[lang]?.[key];
  // (A plural form that is not a string falls back to `other`: selectPlural.)
  const usable =
    typeof override === 'string' ||
    (typeof override === 'object' && override !== null && typeof (override as { other?: unknown }).other === 'string');
  return usable ? (override as Message) : catalogue[lang][key];
}

/** A component's catalogue with the core strings (error prefix, service failures) added. */
export function withCoreStrings<Key extends string, CoreKey extends string>(
  core: Catalogue<CoreKey>,
  own: Catalogue<Key>,
): Catalogue<Key | CoreKey> {
  return { en: { ...core.en, ...own.en }, cy: { ...core.cy, ...own.cy } };
}

/** Keys present in one language and missing in the other: the parity check for tests and CI. */
export function missingTranslations(catalogue: Readonly<Record<Lang, Readonly<Record<string, Message>>>>): string[] {
  const en = Object.keys(catalogue.en);
  const cy = Object.keys(catalogue.cy);
  const blank = (lang: Lang, key: string): boolean => {
    const message = catalogue[lang][key];
    return message === undefined || (typeof message === 'string' ? message.trim() === '' : message.other.trim() === '');
  };
  return [
    ...en.filter((key) => blank('cy', key)).map((key) => `cy.${key}`),
    ...cy.filter((key) => blank('en', key)).map((key) => `en.${key}`),
  ];
}
