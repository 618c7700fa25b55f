import MagicString from 'magic-string';
import type { Plugin } from 'rolldown';
import { collectRenderedClasses, purgeCouncilCss, renderedClasses } from './css-purge.ts';

/** core's generated stylesheet module, as source or as built. */
const STYLESHEET_MODULE = /[\\/]govuk-css\.generated\.(?:ts|js)$/;
const PLACEHOLDER = '__COUNCIL_COMPONENTS_CSS__';

export interface PurgeReport {
  before: number;
  after: number;
}

/** Where `!important` goes back: after the last character of every declaration (before its `;` or `}`). */
const DECLARATION_END = /([^{};])(?=[;}])/g;

/** Where the `council-components` layer block ends: what follows is unlayered (the person's text spacing). */
function layerEnd(css: string): number {
  let depth = 0;
  let quote = '';
  for (let at = 0; at < css.length; at += 1) {
    const char = css.charAt(at);
    if (quote) {
      if (char === '\\') at += 1;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
  }
  return css.length;
}

/**
 * The stylesheet as an expression that puts its `!important`s back when the
 * bundle runs: every declaration in the layer carries one (ADR 0001), and 260
 * of them cost 0.1 kB brotli; the unlayered text spacing after it carries
 * none. The build checks the round trip gives the stylesheet back exactly,
 * and fails otherwise.
 */
function importantAtRuntime(css: string, fail: (message: string) => never): string {
  const end = layerEnd(css);
  const layer = css.slice(0, end);
  const after = css.slice(end);
  const bare = layer.replaceAll('!important', '');
  if (bare.replace(DECLARATION_END, '$1!important') !== layer || after.includes('!important')) {
    fail('the stylesheet has a layered declaration without !important, or one the bundle cannot mark again');
  }
  const marked = `${JSON.stringify(bare)}.replace(${String(DECLARATION_END)},"$1!important")`;
  return after ? `(${marked}+${JSON.stringify(after)})` : marked;
}

/**
 * Ships in a bundle only the part of core's stylesheet that the bundle's
 * own code can render. Class names are collected from every module in the
 * build; the stylesheet's string is swapped for a placeholder and, once the
 * build has seen everything, for the purged CSS. With code splitting (the
 * loader) the union of every component's classes is kept, in whichever
 * chunk holds the stylesheet.
 */
export function purgeCouncilCssPlugin(report?: (result: PurgeReport) => void): Plugin {
  const rendered = renderedClasses();
  let css: string | undefined;
  return {
    name: 'council-components:purge-css',
    transform(code, id) {
      if (!STYLESHEET_MODULE.test(id)) {
        collectRenderedClasses(code, rendered);
        return null;
      }
      const match = /export const councilCss(?::\s*string)?\s*=\s*("(?:[^"\\]|\\.)*")/.exec(code);
      if (!match?.[1]) this.error(`the stylesheet string was not found in ${id}`);
      css = JSON.parse(match[1]) as string;
      const output = new MagicString(code);
      output.overwrite(
        match.index + match[0].length - match[1].length,
        match.index + match[0].length,
        `"${PLACEHOLDER}"`,
      );
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
    renderChunk(code) {
      const at = code.indexOf(PLACEHOLDER);
      if (at < 0) return null;
      if (css === undefined)
        this.error('the stylesheet placeholder is in the output but the stylesheet was never read');
      const purged = purgeCouncilCss(css, rendered);
      report?.({ before: css.length, after: purged.length });
      const output = new MagicString(code);
      output.overwrite(
        at - 1,
        at + PLACEHOLDER.length + 1,
        importantAtRuntime(purged, (message) => this.error(message)),
      );
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
