import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { WCAG_AA_TAGS, type AxeFinding } from './axe-rules.ts';

/**
 * Runs axe against a whole Playwright page: the sandbox's legacy page, or a
 * Storybook story opened through its iframe URL. The page must come from
 * `browser.newContext()`.
 */
export async function axePageViolations(page: Page, include?: string): Promise<AxeFinding[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_AA_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
