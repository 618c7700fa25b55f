import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handler } from '@council-components/server/http/handler.js';
import { jsonResponse } from '@council-components/server/http/json-response.js';
import { createRouter, type Route } from '@council-components/server/http/router.js';
import { addressRoutes } from './address-backends.ts';
import { sandboxComponents, type SandboxComponent } from './components.ts';
import { legacyPage, submittedPage } from './legacy-page.ts';
import { serveFile } from './static-files.ts';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const publicDir = resolve(here, '../public');
const packagesDir = resolve(here, '../../../packages');
const govukV5Dir = resolve(dirname(require.resolve('govuk-frontend-v5/package.json')), 'dist/govuk');

/**
 * The strict policy councils are told to expect: no inline script or style,
 * nothing from other origins. The components must work under it.
 */
export const LEGACY_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const html = (body: string, headers: Record<string, string> = {}): Response =>
  new Response(body, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });

/** The host page's own GOV.UK stylesheet, without its @font-face rules: we never serve GDS Transport. */
const withoutFontFaces = (css: string): string => css.replace(/@font-face\s*\{[^}]*\}/g, '');

export interface SandboxOptions {
  components?: readonly SandboxComponent[];
}

export function createSandboxApp(options: SandboxOptions = {}): Handler {
  const components = options.components ?? sandboxComponents;
  const routes: Route[] = [
    ...addressRoutes(),
    {
      method: 'GET',
      path: '/',
      handler: (request) => {
        const lang = new URL(request.url).searchParams.get('lang') === 'cy' ? 'cy' : 'en';
        return html(legacyPage(components, lang), { 'Content-Security-Policy': LEGACY_PAGE_CSP });
      },
    },
    {
      method: 'POST',
      path: '/submitted',
      handler: async (request) => {
        const form = await request.formData();
        const fields = [...form.entries()].map(([name, value]): [string, string] => [
          name,
          typeof value === 'string' ? value : value.name,
        ]);
        return html(submittedPage(fields), { 'Content-Security-Policy': LEGACY_PAGE_CSP });
      },
    },
    {
      method: 'GET',
      path: '/health',
      handler: () => jsonResponse({ status: 'ok', components: components.map((c) => c.tag) }),
    },
    {
      method: 'GET',
      path: '/legacy/govuk-frontend-v5.min.css',
      handler: () => serveFile(govukV5Dir, 'govuk-frontend.min.css', withoutFontFaces),
    },
    {
      method: 'GET',
      path: '/legacy/*',
      handler: (request) =>
        serveFile(resolve(publicDir, 'legacy'), new URL(request.url).pathname.slice('/legacy/'.length)),
    },
    {
      // /components/<package folder>/<file> → packages/<package folder>/dist/<file>
      method: 'GET',
      path: '/components/*',
      handler: (request) => {
        const [folder, ...rest] = new URL(request.url).pathname.slice('/components/'.length).split('/');
        if (!folder || !/^[a-z0-9-]+$/.test(folder)) return new Response('Not found', { status: 404 });
        return serveFile(resolve(packagesDir, folder, 'dist'), rest.join('/'));
      },
    },
  ];
  return createRouter(routes);
}
