import MagicString from 'magic-string';
import type { Plugin } from 'rolldown';
import { classTokensIn, purgeCouncilCss } from './css-purge.ts';

/** core's generated stylesheet module, as source or as built. */
const STYLESHEET_MODULE = /[\\/]govuk-css\.generated\.(?:ts|js)$/;
const PLACEHOLDER = '__COUNCIL_COMPONENTS_CSS__';

export interface PurgeReport {
  before: number;
  after: number;
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
  const tokens = new Set<string>();
  let css: string | undefined;
  return {
    name: 'council-components:purge-css',
    transform(code, id) {
      if (!STYLESHEET_MODULE.test(id)) {
        for (const token of classTokensIn(code)) tokens.add(token);
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
      const purged = purgeCouncilCss(css, tokens);
      report?.({ before: css.length, after: purged.length });
      const output = new MagicString(code);
      output.overwrite(at - 1, at + PLACEHOLDER.length + 1, JSON.stringify(purged));
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
