// Compiles govuk-frontend-based Sass into the hardened, namespaced CSS that
// Council Components adopt into the host page (see docs/adr/0001).
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
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { transform } from 'lightningcss';
import postcss from 'postcss';
import * as sass from 'sass';

const require = createRequire(import.meta.url);

export const CLASS_PREFIX = 'ccuk-';
export const LAYER_NAME = 'council-components';

/** Button colours are plain Sass values in govuk-frontend; expose them as tokens too. */
const BUTTON_TOKENS = {
  '.govuk-button': { 'background-color': '--council-button-colour', 'box-shadow': '--council-button-shadow-colour' },
  '.govuk-button:hover': { 'background-color': '--council-button-hover-colour' },
  '.govuk-button[disabled]:hover': { 'background-color': '--council-button-colour' },
};

function remToPx(value) {
  return value.replace(/(-?\d*\.?\d+)rem\b/g, (_, n) => `${Number((Number(n) * 16).toFixed(3))}px`);
}

function buttonTokenise(rule) {
  const tokens = BUTTON_TOKENS[rule.selector];
  if (!tokens) return;
  rule.walkDecls((decl) => {
    const token = tokens[decl.prop];
    if (!token) return;
    decl.value = decl.value.replace(/#[0-9a-f]{3,8}\b/i, (hex) => `var(${token}, ${hex})`);
  });
}

export function compileCouncilCss(entryFile) {
  const govukRoot = dirname(dirname(dirname(require.resolve('govuk-frontend/package.json'))));
  const { css } = sass.compile(entryFile, {
    loadPaths: [govukRoot, resolve(dirname(entryFile), '../../node_modules')],
    quietDeps: true,
    style: 'expanded',
  });
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
  root.walkAtRules('charset', (atRule) => atRule.remove());
  // Print rules only restate sizes in points, and font smoothing is moot for an inherited font: left out to save bytes.
  root.walkAtRules('media', (atRule) => {
    if (atRule.params.trim() === 'print') atRule.remove();
  });
  root.walkDecls(/^-(webkit-font-smoothing|moz-osx-font-smoothing)$/, (decl) => decl.remove());
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  root.walkAtRules('media', (atRule) => {
    if (!atRule.nodes || atRule.nodes.length === 0) atRule.remove();
  });
  root.walkDecls((decl) => {
    decl.value = remToPx(decl.value).replace(/--govuk-([a-z-]+)-colour/g, '--council-$1-colour');
    decl.important = true;
  });
  root.walkComments((comment) => comment.remove());

  // Minify: no whitespace between nodes. Selectors and values are left as they are.
  root.walk((node) => {
    node.raws.before = '';
    node.raws.after = '';
    if (node.type === 'decl') {
      node.raws.between = ':';
      node.raws.important = '!important';
    } else if (node.type === 'rule') {
      node.raws.between = '';
      node.raws.semicolon = false;
      node.selector = node.selector.replace(/\s*\n\s*/g, '');
    } else if (node.type === 'atrule') {
      node.raws.between = '';
      node.raws.afterName = ' ';
    }
  });
  return minifyForBaseline(`@layer ${LAYER_NAME}{${root.toString().trim()}}`);
}

/**
 * The browsers the script-tag bundles run in (see packages/distribution/src/browser-targets.ts):
 * Chrome/Edge 105, Firefox 110, Safari 16.4. Vendor prefixes they do not need are dropped.
 */
const BASELINE = {
  chrome: 105 << 16,
  edge: 105 << 16,
  firefox: 110 << 16,
  safari: (16 << 16) | (4 << 8),
  ios_saf: (16 << 16) | (4 << 8),
};

/** lightningcss: merges rules with the same selector and shorthands, drops prefixes the baseline does not need. */
function minifyForBaseline(css) {
  const { code } = transform({ filename: 'council.css', code: Buffer.from(css), minify: true, targets: BASELINE });
  return code.toString();
}

export function readScss(file) {
  return readFileSync(file, 'utf8');
}
