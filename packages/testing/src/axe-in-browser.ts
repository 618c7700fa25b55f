import axe from 'axe-core';
import { WCAG_AA_TAGS, type AxeFinding } from './axe-rules.ts';

/**
 * Runs axe-core against a node of the current page (a component, a story's
 * root, or the whole document) and returns every WCAG 2.2 A/AA violation.
 * Use from Vitest browser tests: `expect(await axeViolations(el)).toEqual([])`.
 */
export async function axeViolations(context: Element | Document = document): Promise<AxeFinding[]> {
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: WCAG_AA_TAGS },
    resultTypes: ['violations'],
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
