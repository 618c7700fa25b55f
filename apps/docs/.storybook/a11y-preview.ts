/**
 * @storybook/addon-a11y's preview annotations, as the addon ships them, but with its decorators left out on docs
 * pages. main.ts puts this module in the addon's own preview entry's place; its manager entry (the axe panel and
 * the vision-simulator toolbar) and its `afterEach` (axe, on single-story pages only) are the addon's, unchanged.
 *
 * Its one decorator is the vision simulator: each story it renders adds the simulator's SVG filters (an `<svg
 * id="storybook-a11y-vision-filters">` of seven `<filter id="storybook-a11y-vision-…">`) to the page's body. A
 * single-story page renders one story: one set. A docs page renders every story of a component at once: a set per
 * story, the same ids a dozen and more times over (a WCAG 4.1.1 parsing fault; docs-pages.test.ts checks every id). The
 * simulator is no part of a docs page: its toolbar is offered on single-story pages only.
 */
import * as a11y from '@storybook/addon-a11y/preview';
import type { Decorator } from '@storybook/web-components-vite';

export { afterEach, initialGlobals, parameters } from '@storybook/addon-a11y/preview';

// The addon types them for any renderer; this site's is web components.
export const decorators: Decorator[] = (a11y.decorators as Decorator[]).map(
  (decorator): Decorator =>
    (story, context) =>
      context.viewMode === 'docs' ? story() : decorator(story, context),
);
