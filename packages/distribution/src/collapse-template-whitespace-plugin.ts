import MagicString from 'magic-string';
import type { Plugin } from 'rolldown';
import { parseSync } from 'rolldown/utils';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, visit);
    } else if (isNode(value)) {
      walk(value, visit);
    }
  }
}

/**
 * Collapses the indentation inside our own Lit templates (`html\`…\``): a
 * run of whitespace holding a line break becomes one space, which HTML
 * renders the same (our templates have no `<pre>` or `<textarea>`), or
 * nothing where it only precedes the end of a tag, or lies between one tag
 * and the next (line breaks there are the source's layout: a space that
 * must show between two tags is written on their line). The minifier leaves
 * template text alone, so without this every bundle ships its source's
 * indentation. Dependencies' code is left as it is.
 */
export function collapseTemplateWhitespacePlugin(): Plugin {
  return {
    name: 'council-components:collapse-template-whitespace',
    transform(code, id) {
      // tsc writes `html \`…\``: our packages' built templates (core's) have a space before the backquote.
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id) || !/\bhtml\s*`/.test(code)) return null;
      const ast = parseSync(id.replace(/\?.*$/, ''), code).program as unknown as Node;
      const output = new MagicString(code);
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag as Node & { name?: string };
        if (tag.type !== 'Identifier' || (tag.name !== 'html' && tag.name !== 'svg')) return;
        const quasis = (node.quasi as Node & { quasis: Node[] }).quasis;
        for (const quasi of quasis) {
          const text = code.slice(quasi.start, quasi.end);
          // `<input />`: HTML ignores the slash of a self-closing tag, and so does Lit.
          for (const match of text.matchAll(/\s*\/>/g)) {
            output.overwrite(quasi.start + match.index, quasi.start + match.index + match[0].length, '>');
          }
          for (const match of text.matchAll(/[ \t]*\r?\n\s*/g)) {
            const end = text.slice(match.index + match[0].length);
            // The self-closing slash and its whitespace went above.
            if (end.startsWith('/>')) continue;
            // Before the end of a tag, or between two tags, the whitespace means nothing at all.
            const betweenTags = text[match.index - 1] === '>' && end.startsWith('<');
            const replacement = betweenTags || end.startsWith('>') ? '' : ' ';
            output.overwrite(quasi.start + match.index, quasi.start + match.index + match[0].length, replacement);
          }
        }
      });
      if (!output.hasChanged()) return null;
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
