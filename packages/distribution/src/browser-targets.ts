/**
 * The browser baseline of Council Components, written once: Chrome and Edge
 * 105, Firefox 110, Safari 16.4 (iOS 16.4 runs on every iPhone that iOS 16
 * does, back to the iPhone 8). Script-tag bundles and the loader are compiled
 * for it (`BROWSER_TARGETS`), stylesheets are minified for it
 * (`CSS_TARGETS`), and at run time core's `meetsBaseline()` checks the two
 * features that arrived last among these browsers (container queries,
 * stylesheets adopted by documents): below it nothing is defined and the page
 * keeps what its author wrote. Safari 14–15's class field bug (WebKit 236843)
 * would otherwise force every class field through helpers: 0.7 kB of the
 * address lookup bundle.
 */
export const BASELINE_BROWSERS = { chrome: [105, 0], edge: [105, 0], firefox: [110, 0], safari: [16, 4] } as const;

/** For rolldown (oxc): `chrome105`, `safari16.4`… */
export const BROWSER_TARGETS: string[] = Object.entries(BASELINE_BROWSERS).map(
  ([browser, [major, minor]]) => `${browser}${major}${minor ? `.${minor}` : ''}`,
);

/** For lightningcss: each version as `major << 16 | minor << 8`; iOS Safari as Safari. */
export const CSS_TARGETS: Record<string, number> = Object.fromEntries(
  [...Object.entries(BASELINE_BROWSERS), ['ios_saf', BASELINE_BROWSERS.safari] as const].map(
    ([browser, [major, minor]]) => [browser, (major << 16) | (minor << 8)],
  ),
);
