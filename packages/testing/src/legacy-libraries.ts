import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The libraries council CMS pages carry, pinned (this package's devDependencies),
 * as files a test page loads with classic script tags, before the components.
 */
export const legacyLibraries = {
  /** AngularJS 1.8, still under many council forms. */
  angularjs: require.resolve('angular/angular.min.js'),
  /** jQuery 3 with jQuery Migrate 3, as CMS themes upgrade. */
  jquery3: require.resolve('jquery/dist/jquery.min.js'),
  'jquery-migrate': require.resolve('jquery-migrate/dist/jquery-migrate.min.js'),
  /** RequireJS: a global AMD `define` on the page. */
  requirejs: require.resolve('requirejs/require.js'),
  /** The custom-elements polyfill older CMS themes still load. */
  'document-register-element': require.resolve('document-register-element/build/document-register-element.js'),
  /** Its ponyfill (CommonJS: `module.exports`), which a page calls with `'force'` to replace the browser's own. */
  'document-register-element-pony': require.resolve('document-register-element/pony/index.js'),
  /** core-js 2 and 3 shims, which replace built-ins (Promise, Symbol, collections). */
  'core-js-2': require.resolve('core-js/client/shim.min.js'),
  'core-js-3': require.resolve('core-js-bundle/minified.js'),
} as const;

export type LegacyLibrary = keyof typeof legacyLibraries;
