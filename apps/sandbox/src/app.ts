import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handler } from '@council-components/server/http/handler.js';
import { jsonResponse } from '@council-components/server/http/json-response.js';
import { createRouter, type Route } from '@council-components/server/http/router.js';
import { bookingConfigOf } from '@council-components/server/booking/booking-config.js';
import { openStorage, type Storage } from '@council-components/server/storage/open-storage.js';
import { subresourceIntegrity } from '@council-components/distribution/integrity.js';
import { legacyLibraries } from '@council-components/testing/legacy-libraries.js';
import { publishedIntegrity } from '@council-components/testing/workspace-packages.js';
import { addressRoutes } from './address-backends.ts';
import { collectionRoutes } from './collection-backends.ts';
import { bookingRoutes } from './booking-backends.ts';
import { paymentRoutes } from './payment-backends.ts';
import { backEndPayment, sandboxComponents, type SandboxComponent } from './components.ts';
import { legacyPage, submittedPage, type Delivery, type PageScript } from './legacy-page.ts';
import { legacyVariants, variantPage } from './legacy-variants.ts';
import { serveFile } from './static-files.ts';
import { cdnMirrorRoute, cdnPath } from './cdn-mirror.ts';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const publicDir = resolve(here, '../public');
const packagesDir = resolve(here, '../../../packages');
const govukV5Dir = resolve(dirname(require.resolve('govuk-frontend-v5/package.json')), 'dist/govuk');
const jqueryDir = resolve(dirname(require.resolve('jquery/package.json')), 'dist');

/** The SRI hash a package publishes for one of its files under `dist/`, if it has been built. */
const integrityOf = (folder: string, file: string): string | undefined => publishedIntegrity(folder, `dist/${file}`);

/** Each bundle once, however many components share it. */
const bundlesOf = (components: readonly SandboxComponent[]): SandboxComponent[] => [
  ...new Map(components.map((component) => [`${component.folder}/${component.bundle}`, component])).values(),
];

const bundleScripts = (components: readonly SandboxComponent[], mount: string): PageScript[] =>
  bundlesOf(components).map((component) => ({
    src: `${mount}/${component.folder}/${component.bundle}`,
    integrity: integrityOf(component.folder, component.bundle),
  }));

/** The version an older copy of every bundle claims (`/older-version/components/…`). */
export const OLDER_VERSION = '0.0.9-sandbox';

/** A bundle as an older release of its package would be: the same code, claiming an older version. */
function asOlderVersion(folder: string, text: string): string {
  const { version } = JSON.parse(readFileSync(resolve(packagesDir, folder, 'package.json'), 'utf8')) as {
    version: string;
  };
  const literal = new RegExp(`(["'\`])${version.replace(/\./g, '\\.')}\\1`);
  return text.replace(literal, (_match, quote: string) => `${quote}${OLDER_VERSION}${quote}`);
}

const olderBundleScripts = (components: readonly SandboxComponent[]): PageScript[] =>
  bundlesOf(components).map((component) => {
    const text = asOlderVersion(
      component.folder,
      readFileSync(resolve(packagesDir, component.folder, 'dist', component.bundle), 'utf8'),
    );
    return {
      src: `older-version/components/${component.folder}/${component.bundle}`,
      integrity: subresourceIntegrity(Buffer.from(text)),
    };
  });

/** Read per request: the hashes change with every build. `query` as CMSs add for cache busting (`?ver=6.4.2`). */
const loaderScript = (query = ''): PageScript => ({
  src: `components/loader/council-components.js${query}`,
  integrity: integrityOf('loader', 'council-components.js'),
});

/** The script tags for each way of delivering the components; paths are relative to the page's `<base>`. */
function scriptsFor(delivery: Delivery, components: readonly SandboxComponent[], loaderQuery: string): PageScript[] {
  if (delivery === 'loader') return [loaderScript(loaderQuery)];
  // As most councils paste them: from a CDN, the version in the address (the adoption scanner reads it there).
  if (delivery === 'cdn')
    return bundlesOf(components).map((component) => ({
      src: cdnPath(packagesDir, component.folder, component.bundle),
      integrity: integrityOf(component.folder, component.bundle),
    }));
  if (delivery === 'cdn-loader')
    return [
      {
        src: cdnPath(packagesDir, 'loader', 'council-components.js'),
        integrity: integrityOf('loader', 'council-components.js'),
      },
    ];
  if (delivery === 'mixed') {
    return [...olderBundleScripts(components), ...bundleScripts(components, 'components'), loaderScript(loaderQuery)];
  }
  return bundleScripts(components, 'components');
}

const DELIVERIES: readonly Delivery[] = ['bundles', 'loader', 'mixed', 'cdn', 'cdn-loader'];

/** The published packages, whose `dist/` the sandbox serves; private ones (test helpers, build tools) are not served. */
const publishedFolders = new Set(
  readdirSync(packagesDir).filter((folder) => {
    const file = resolve(packagesDir, folder, 'package.json');
    return existsSync(file) && !(JSON.parse(readFileSync(file, 'utf8')) as { private?: boolean }).private;
  }),
);

/**
 * The strict policy councils are told to expect: no inline script or style,
 * nothing from other origins. The components must work under it.
 */
export const LEGACY_PAGE_CSP = legacyPageCsp("'self'");

/**
 * The same policy with scripts allowed by nonce (`?csp=nonce`), as many councils' platforms set it, and with the
 * adoption collector the page sends its beacons to, as a council that names one adds it.
 */
function legacyPageCsp(scriptSources: string, adoptionCollector?: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${adoptionCollector ? ` ${new URL(adoptionCollector).origin}` : ''}`,
    "font-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

const html = (body: string, headers: Record<string, string> = {}): Response =>
  new Response(body, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });

/** The host page's own GOV.UK stylesheet, without its @font-face rules: we never serve GDS Transport. */
const withoutFontFaces = (css: string): string => css.replace(/@font-face\s*\{[^}]*\}/g, '');

export interface SandboxOptions {
  components?: readonly SandboxComponent[];
  /** The council's database (payments): `main.ts` opens the one `DATABASE_URL` names; tests get a temporary one. */
  storage?: Storage;
  /** Files under `/components/` served with one byte changed: what a compromised CDN would send. */
  tampered?: readonly string[];
  /**
   * Where the pages' components send their adoption beacons (`SANDBOX_ADOPTION_COLLECTOR`; `./council start` sets
   * the collector it runs): named in each page's `council-components-telemetry` meta, which a page on localhost
   * needs to send at all, and allowed by its CSP. Unset, the pages say nothing and send nothing.
   */
  adoptionCollector?: string;
}

/** The sandbox's database when `main.ts` gives none (the tests): SQLite in a folder of its own, gone on exit. */
export function temporaryStorage(): Promise<Storage> {
  const folder = mkdtempSync(join(tmpdir(), 'council-sandbox-'));
  process.once('exit', () => {
    rmSync(folder, { recursive: true, force: true });
  });
  return openStorage({ url: `file:${join(folder, 'council.db')}` });
}

/** `/components/<package folder>/<file>` → `packages/<package folder>/dist/<file>`. */
function componentFiles(prefix: string, tampered: ReadonlySet<string>, older = false): Handler {
  return (request) => {
    const path = new URL(request.url).pathname.slice(prefix.length);
    const [folder, ...rest] = path.split('/');
    if (!folder || !publishedFolders.has(folder)) return Promise.resolve(new Response('Not found', { status: 404 }));
    if (older)
      return serveFile(resolve(packagesDir, folder, 'dist'), rest.join('/'), (text) => asOlderVersion(folder, text));
    const tamper = tampered.has(path)
      ? (text: string): string => `${text}\n;document.documentElement.dataset.tampered = "yes";`
      : undefined;
    return serveFile(resolve(packagesDir, folder, 'dist'), rest.join('/'), tamper);
  };
}

/** The sandbox council's bookable services, hours and closures: one file, as a council configures its own. */
const bookingConfig = bookingConfigOf(JSON.parse(readFileSync(resolve(here, '../config/booking.json'), 'utf8')));

export function createSandboxApp(options: SandboxOptions = {}): Handler {
  const components = options.components ?? sandboxComponents;
  const tampered = new Set(options.tampered ?? []);
  const { adoptionCollector } = options;
  const pageCsp = (nonce?: string): string => legacyPageCsp(nonce ? `'nonce-${nonce}'` : "'self'", adoptionCollector);
  // One database for the app: payments and bookings share it, as a council's back end would.
  let database: Promise<Storage> | undefined;
  const storage = (): Promise<Storage> =>
    (database ??= options.storage ? Promise.resolve(options.storage) : temporaryStorage());
  const routes: Route[] = [
    ...addressRoutes(),
    ...collectionRoutes(),
    ...bookingRoutes({ storage, config: bookingConfig }),
    ...paymentRoutes({
      storage,
      returnPaths: { en: '/pay', cy: '/pay?lang=cy' },
    }),
    {
      method: 'GET',
      path: '/pay',
      handler: (request) => {
        const lang = new URL(request.url).searchParams.get('lang') === 'cy' ? 'cy' : 'en';
        return Promise.resolve(
          html(
            legacyPage([backEndPayment], lang, scriptsFor('bundles', [backEndPayment], ''), {
              path: '/pay',
              adoptionCollector,
            }),
            { 'Content-Security-Policy': pageCsp() },
          ),
        );
      },
    },
    {
      method: 'GET',
      path: '/',
      handler: (request) => {
        const query = new URL(request.url).searchParams;
        const lang = query.get('lang') === 'cy' ? 'cy' : 'en';
        const delivery = DELIVERIES.find((name) => name === query.get('delivery')) ?? 'bundles';
        const loaderQuery = query.has('ver') ? '?ver=6.4.2' : '';
        const nonce = query.get('csp') === 'nonce' ? randomBytes(16).toString('base64') : undefined;
        return html(
          legacyPage(components, lang, scriptsFor(delivery, components, loaderQuery), { nonce, adoptionCollector }),
          { 'Content-Security-Policy': pageCsp(nonce) },
        );
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
        const lang = new URL(request.url).searchParams.get('lang') === 'cy' ? 'cy' : 'en';
        return html(submittedPage(fields, lang), { 'Content-Security-Policy': LEGACY_PAGE_CSP });
      },
    },
    cdnMirrorRoute(packagesDir),
    {
      method: 'GET',
      path: '/robots.txt',
      // The test pages are no place for crawlers; the adoption scanner's own group proves it reads its own.
      handler: () =>
        Promise.resolve(
          new Response(
            'User-agent: *\nDisallow: /submitted\n\nUser-agent: CouncilComponentsAdoptionScanner\nDisallow: /variants/\n',
            {
              headers: { 'Content-Type': 'text/plain; charset=utf-8' },
            },
          ),
        ),
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
      path: '/legacy/jquery.min.js',
      handler: () => serveFile(jqueryDir, 'jquery.min.js'),
    },
    {
      method: 'GET',
      path: '/legacy/*',
      handler: (request) =>
        serveFile(resolve(publicDir, 'legacy'), new URL(request.url).pathname.slice('/legacy/'.length)),
    },
    {
      method: 'GET',
      path: '/variants/*',
      handler: (request) => {
        const url = new URL(request.url);
        const name = url.pathname.slice('/variants/'.length);
        const library = Object.entries(legacyLibraries).find(([key]) => name === `lib/${key}.js`);
        if (library) return serveFile(dirname(library[1]), basename(library[1]));
        const variant = legacyVariants.find((candidate) => name.replace(/(\.setup)?\.js$/, '') === candidate.name);
        if (!variant) return new Response('Not found', { status: 404 });
        if (name.endsWith('.js')) {
          const { script = '', setup = '' } = variant;
          const text = name.endsWith('.setup.js') ? setup : typeof script === 'string' ? script : script(components);
          return new Response(text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
        }
        const delivery = url.searchParams.get('delivery') === 'loader' ? 'loader' : 'bundles';
        return html(variantPage(variant, components, scriptsFor(delivery, components, '')));
      },
    },
    { method: 'GET', path: '/components/*', handler: componentFiles('/components/', tampered) },
    // The same files claiming an older version, from another URL: to the browser, an older release on the same page.
    {
      method: 'GET',
      path: '/older-version/components/*',
      handler: componentFiles('/older-version/components/', tampered, true),
    },
  ];
  return createRouter(routes);
}
