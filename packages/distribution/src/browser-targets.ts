/**
 * The browsers the script-tag bundles and the loader are compiled for:
 * Chrome and Edge 105, Firefox 110, Safari 16.4 (iOS 16.4 runs on every
 * iPhone that iOS 16 does, back to the iPhone 8). It matches the runtime
 * baseline in @council-components/core (`baseline.ts`): below it nothing is
 * defined and the page keeps what its author wrote. Safari 14–15's class
 * field bug (WebKit 236843) would otherwise force every class field through
 * helpers: 0.7 kB of the address lookup bundle.
 */
export const BROWSER_TARGETS = ['chrome105', 'edge105', 'firefox110', 'safari16.4'];
