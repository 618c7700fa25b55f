// Compiles govuk-frontend-based Sass into the hardened, namespaced CSS that
// Council Components adopt into the host page (see docs/adr/0001): core's
// shared stylesheet, and each component's own.
//
//  1. Sass → CSS, with govuk-frontend on the load path.
//  2. `.govuk-*` classes become `.ccuk-*`, so a host page that loads its own
//     (older) govuk-frontend never styles our markup, and ours never styles its.
//  3. `--govuk-*-colour` custom properties become the public `--council-*-colour`
//     theme tokens; govuk-frontend's own `:root` definitions are dropped, so
//     the fallbacks apply until a council sets a token.
//  4. `rem` becomes `px` (1rem = 16px): a host page with another root font size
//     does not shrink or grow the components.
//  5. Every declaration becomes `!important` and the whole sheet sits in
//     `@layer council-components`. Important declarations in a layer beat
//     every unlayered declaration of the host page, `!important` included.
//     Except text spacing, which is the person's (WCAG 1.4.12): line height,
//     letter and word spacing, and paragraphs' bottom margin follow the layer,
//     unlayered and not important, so the text-spacing bookmarklet or a
//     reader's user styles (`!important`) win, and a host rule only with more
//     specificity than ours.
//  6. lightningcss minifies it for the browser baseline.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { transform } from 'lightningcss';
import postcss, { type Declaration, type Root, type Rule } from 'postcss';
import * as sass from 'sass';
import { CSS_TARGETS } from './browser-targets.ts';

const require = createRequire(import.meta.url);

export const CLASS_PREFIX = 'ccuk-';
export const LAYER_NAME = 'council-components';

/** Button colours are plain Sass values in govuk-frontend; expose them as tokens too. */
const BUTTON_TOKENS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '.govuk-button': { 'background-color': '--council-button-colour', 'box-shadow': '--council-button-shadow-colour' },
  '.govuk-button:hover': { 'background-color': '--council-button-hover-colour' },
  '.govuk-button[disabled]:hover': { 'background-color': '--council-button-colour' },
};

/** Text spacing a person may set (WCAG 1.4.12) everywhere… */
const TEXT_SPACING = /^(line-height|letter-spacing|word-spacing)$/;
/** …and the space after a paragraph: rules whose every selector is for paragraphs (GOV.UK's body text, error messages, `p`). */
const PARAGRAPH = /(\.ccuk-(body(-[a-z]+)?|error-message)|(^|[\s>+~])p)$/;

const isPersonsSpacing = (decl: Declaration): boolean => {
  if (TEXT_SPACING.test(decl.prop)) return true;
  const rule = decl.parent;
  return (
    /^margin-(bottom|block-end)$/.test(decl.prop) &&
    rule?.type === 'rule' &&
    rule.selectors.every((selector) => PARAGRAPH.test(selector))
  );
};

/** Takes the person's spacing out of `root` into a copy of its rules and at-rules of its own, in the same order. */
function splitPersonsSpacing(root: Root): Root {
  const spacing = root.clone();
  spacing.walkDecls((decl) => {
    if (!isPersonsSpacing(decl)) decl.remove();
  });
  root.walkDecls((decl) => {
    if (isPersonsSpacing(decl)) decl.remove();
  });
  for (const tree of [root, spacing]) removeEmpty(tree);
  return spacing;
}

function removeEmpty(root: Root): void {
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  root.walkAtRules('media', (atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
}

const remToPx = (value: string): string =>
  value.replace(/(-?\d*\.?\d+)rem\b/g, (_, n: string) => `${Number((Number(n) * 16).toFixed(3))}px`);

function buttonTokenise(rule: Rule): void {
  const tokens = BUTTON_TOKENS[rule.selector];
  if (!tokens) return;
  rule.walkDecls((decl) => {
    const token = tokens[decl.prop];
    if (token) decl.value = decl.value.replace(/#[0-9a-f]{3,8}\b/i, (hex) => `var(${token}, ${hex})`);
  });
}

/** The folder holding govuk-frontend, for Sass's `@use 'govuk-frontend/dist/govuk/…'`. */
const govukLoadPath = (): string => dirname(dirname(require.resolve('govuk-frontend/package.json')));

export function compileCouncilCss(entryFile: string): string {
  const { css } = sass.compile(entryFile, { loadPaths: [govukLoadPath()], quietDeps: true, style: 'expanded' });
  const root = postcss.parse(css);

  root.walkRules((rule) => {
    // govuk-frontend's global definitions (:root custom properties, html/body) are the host page's business.
    if (/(^|[\s,>+~(])(:root|html|body)\b/.test(rule.selector)) {
      rule.remove();
      return;
    }
    buttonTokenise(rule);
    rule.selector = rule.selector.replace(/\.govuk-/g, `.${CLASS_PREFIX}`);
  });
  // Rules that can never apply to what Council Components render, in the browsers they run in: number inputs
  // (GOV.UK asks for text inputs with `inputmode="numeric"`), old Firefox's fieldset hack (every baseline browser
  // has `caret-color`), and Internet Explorer's `@media screen\0`. Old Edge's `@supports not (-ms-ime-align)` is
  // always true now: its rules stand on their own.
  root.walkRules((rule) => {
    if (/\[type=["']?number|spin-button/.test(rule.selector)) rule.remove();
  });
  root.walkAtRules('supports', (atRule) => {
    if (/not\s*\(\s*caret-color/.test(atRule.params)) atRule.remove();
    else if (/^not\s*\(\s*-ms-ime-align/.test(atRule.params.trim())) atRule.replaceWith(atRule.nodes ?? []);
  });
  root.walkAtRules('media', (atRule) => {
    // Sass writes the `\0` of `screen\0` as U+FFFD.
    if (/\\0|\uFFFD/.test(atRule.params)) atRule.remove();
  });
  root.walkAtRules('charset', (atRule) => {
    atRule.remove();
  });
  // Print rules only restate sizes in points, and font smoothing is moot for an inherited font: left out to save bytes.
  root.walkAtRules('media', (atRule) => {
    if (atRule.params.trim() === 'print') atRule.remove();
  });
  root.walkDecls(/^-(webkit-font-smoothing|moz-osx-font-smoothing)$/, (decl) => {
    decl.remove();
  });
  // Older Safari's ways of saying `text-decoration-skip-ink`, which every baseline browser has.
  root.walkDecls(/^(-webkit-)?text-decoration-skip(-ink)?$/, (decl) => {
    if (decl.prop !== 'text-decoration-skip-ink') decl.remove();
  });
  root.walkComments((comment) => {
    comment.remove();
  });
  removeEmpty(root);
  root.walkDecls((decl) => {
    // Read (`var(--govuk-text-colour)`) and set (a panel's `--govuk-text-colour: white`, for what is inside it).
    decl.prop = decl.prop.replace(/^--govuk-([a-z-]+)-colour$/, '--council-$1-colour');
    decl.value = remToPx(decl.value).replace(/--govuk-([a-z-]+)-colour/g, '--council-$1-colour');
    if (decl.prop === 'font') throw new Error(`${entryFile}: the font shorthand sets line-height too; use longhands`);
  });
  const spacing = splitPersonsSpacing(root);
  root.walkDecls((decl) => {
    decl.important = true;
  });
  const layered = `@layer ${LAYER_NAME}{${root.toString()}}${spacing.toString()}`;
  const { code } = transform({
    filename: 'council.css',
    code: Buffer.from(layered),
    minify: true,
    targets: CSS_TARGETS,
  });
  return code.toString();
}

/** Every theme token a stylesheet reads, with the govuk-frontend default it falls back to, sorted by name. */
export function themeTokensOf(css: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const [, name = '', fallback = ''] of css.matchAll(/var\((--council-[a-z-]+),\s*(#[0-9a-f]{3,8})\)/gi)) {
    tokens[name] ??= fallback.toLowerCase();
  }
  return Object.fromEntries(Object.entries(tokens).sort(([a], [b]) => a.localeCompare(b)));
}
