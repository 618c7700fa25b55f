import postcss from 'postcss';

/** Every `ccuk-*` class token in a piece of code, in order, repeats included. */
const tokensIn = (code: string): string[] => code.match(/ccuk-[\w!-]*/g) ?? [];

/** Every `ccuk-*` class token in a piece of code. A token ending in `-` or `_` is a prefix (a class built at runtime). */
export function classTokensIn(code: string): Set<string> {
  return new Set(tokensIn(code));
}

/**
 * What a bundle's code renders, as far as its stylesheet needs to know: the
 * `ccuk-*` class tokens, and for each class the elements it is written on in
 * a template (`<a class="ccuk-link">`) and whether any of them can be
 * disabled. A class also named anywhere else in the code (added by script)
 * could be on any element: `anyElement`.
 */
export interface RenderedClasses {
  tokens: Set<string>;
  tags: Map<string, Set<string>>;
  disableable: Set<string>;
  anyElement: Set<string>;
}

export const renderedClasses = (): RenderedClasses => ({
  tokens: new Set(),
  tags: new Map(),
  disableable: new Set(),
  anyElement: new Set(),
});

/** A start tag in template text; `=>` (an arrow function in a binding) does not end it. */
const START_TAG = /<([a-z][a-z0-9-]*)\b((?:=>|[^>])*)>/gi;
const CLASS_ATTRIBUTE = /\bclass=(?:(["'])([\s\S]*?)\1|([\w-]+))/;

/** Adds what `code` renders to `into`. */
export function collectRenderedClasses(code: string, into: RenderedClasses): void {
  const inTags = new Map<string, number>();
  for (const [, tag = '', attributes = ''] of code.matchAll(START_TAG)) {
    const found = CLASS_ATTRIBUTE.exec(attributes);
    const classes = found?.[2] ?? found?.[3] ?? '';
    for (const token of classTokensIn(classes)) {
      inTags.set(token, (inTags.get(token) ?? 0) + 1);
      const tags = into.tags.get(token) ?? new Set<string>();
      tags.add(tag.toLowerCase());
      into.tags.set(token, tags);
      if (/\bdisabled\b/.test(attributes)) into.disableable.add(token);
    }
  }
  const everywhere = new Map<string, number>();
  for (const token of tokensIn(code)) everywhere.set(token, (everywhere.get(token) ?? 0) + 1);
  for (const [token, count] of everywhere) {
    into.tokens.add(token);
    // Named outside a template's class attribute too: it may be added to any element by script.
    if (count > (inTags.get(token) ?? 0)) into.anyElement.add(token);
  }
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

/** The compound selectors of a selector (`.a .b:hover` → `.a`, `.b:hover`), outside brackets and parentheses. */
function compoundsOf(selector: string): string[] {
  const compounds: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(' || char === '[') depth += 1;
    if (char === ')' || char === ']') depth -= 1;
    if (depth === 0 && /[\s>+~]/.test(char)) {
      if (current) compounds.push(current);
      current = '';
    } else current += char;
  }
  if (current) compounds.push(current);
  return compounds;
}

/**
 * Whether a compound can match anything the bundle renders: a link state
 * (`:link`, `:visited`) needs one of its classes written on an `<a>`, and a
 * disabled state (`:disabled`, `[disabled]`) one written on an element that
 * can be disabled.
 */
function canMatch(compound: string, rendered: RenderedClasses): boolean {
  const classes = councilClassesOf(compound);
  const known = classes.filter((name) => !rendered.anyElement.has(name) && rendered.tags.has(name));
  if (known.length < classes.length || known.length === 0) return true;
  if (/:(link|visited|any-link)\b/.test(compound) && !known.some((name) => rendered.tags.get(name)?.has('a'))) {
    return false;
  }
  if (/:disabled\b|\[disabled\]/.test(compound) && !known.some((name) => rendered.disableable.has(name))) return false;
  return true;
}

/**
 * Drops from the shared stylesheet every selector that needs a `ccuk-*`
 * class no component in the bundle renders (headings, captions, the button
 * variants and widths nobody uses…), or a state its elements cannot be in
 * (a visited button, a disabled list). Rules left empty and at-rules left
 * empty go too. Selectors without `ccuk-*` classes are kept.
 */
export function purgeCouncilCss(css: string, rendered: RenderedClasses): string {
  const isUsed = isUsedBy(rendered.tokens);
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter(
      (selector) =>
        councilClassesOf(selector).every(isUsed) &&
        compoundsOf(selector).every((compound) => canMatch(compound, rendered)),
    );
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
