import postcss from 'postcss';

/** Every `ccuk-*` class token in a piece of code. A token ending in `-` or `_` is a prefix (a class built at runtime). */
export function classTokensIn(code: string): Set<string> {
  return new Set(code.match(/ccuk-[\w!-]*/g) ?? []);
}

/** The classes a selector needs, unescaped (`.ccuk-\!-width-two-thirds` → `ccuk-!-width-two-thirds`). */
export function councilClassesOf(selector: string): string[] {
  const classes: string[] = [];
  for (const [, escaped = ''] of selector.matchAll(/\.((?:[\w-]|\\.)+)/g)) {
    const name = escaped.replace(/\\(.)/g, '$1');
    if (name.startsWith('ccuk-')) classes.push(name);
  }
  return classes;
}

function isUsedBy(used: ReadonlySet<string>): (name: string) => boolean {
  const prefixes = [...used].filter((token) => token.endsWith('-') || token.endsWith('_'));
  return (name) => used.has(name) || prefixes.some((prefix) => name.startsWith(prefix));
}

/**
 * Drops from the shared stylesheet every selector that needs a `ccuk-*`
 * class no component in the bundle renders (headings, captions, the button
 * variants and widths nobody uses…). Rules left empty and at-rules left
 * empty go too. Selectors without `ccuk-*` classes are kept.
 */
export function purgeCouncilCss(css: string, used: ReadonlySet<string>): string {
  const isUsed = isUsedBy(used);
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => councilClassesOf(selector).every(isUsed));
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selector = kept.join(',');
  });
  let removed = true;
  while (removed) {
    removed = false;
    root.walkAtRules((atRule) => {
      if (atRule.nodes?.length === 0) {
        atRule.remove();
        removed = true;
      }
    });
  }
  return root.toString();
}
