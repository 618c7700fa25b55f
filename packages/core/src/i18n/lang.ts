/** The languages every Council Components string exists in. */
export const SUPPORTED_LANGS = ['en', 'cy'] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];

/** Maps a BCP 47 tag (`cy`, `cy-GB`, `en-GB`, `fr`) to a supported language; English otherwise. */
export function toSupportedLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().split(/[-_]/)[0]?.toLowerCase();
  return primary === 'cy' ? 'cy' : 'en';
}

/**
 * The language tag that applies to an element: its own `lang`, else the
 * nearest ancestor's, crossing shadow-root boundaries, as the HTML spec's
 * language inheritance does.
 */
export function nearestLangTag(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
