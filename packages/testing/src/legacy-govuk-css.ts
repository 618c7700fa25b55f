import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as sass from 'sass';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const VIRTUAL_ID = 'virtual:legacy-govuk-css';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Serves the full stylesheets of older govuk-frontend releases (v4, compiled
 * here from its Sass; v5, as published) as `virtual:legacy-govuk-css`, so
 * tests can load them into a host page the way a council's existing site does.
 */
export function legacyGovukCss(): Plugin {
  let cache: { v4: string; v5: string } | undefined;
  const build = (): { v4: string; v5: string } => {
    const v4Root = dirname(require.resolve('govuk-frontend-v4/package.json'));
    const v5Root = dirname(require.resolve('govuk-frontend-v5/package.json'));
    const v4 = sass.compile(join(v4Root, 'govuk/all.scss'), {
      quietDeps: true,
      logger: sass.Logger.silent,
    }).css;
    const v5 = readFileSync(join(v5Root, 'dist/govuk/govuk-frontend.min.css'), 'utf8');
    return { v4, v5 };
  };
  return {
    name: 'council-components:legacy-govuk-css',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      cache ??= build();
      return `export const govukV4Css = ${JSON.stringify(cache.v4)};\nexport const govukV5Css = ${JSON.stringify(cache.v5)};\n`;
    },
  };
}
