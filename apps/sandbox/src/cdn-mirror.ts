import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Route } from '@council-components/server/http/router.js';
import { serveFile } from './static-files.ts';

/**
 * The packages as a CDN serves them, at jsDelivr's and unpkg's npm paths:
 * `/npm/@council-components/<name>@<version>/dist/<file>` and `…/package.json`. The version in the path must be the
 * package's own, and `package.json` reads as npm publishes it (`workspace:*` replaced by each dependency's version),
 * so that what reads a council's page — the adoption scanner — meets the addresses it meets on the web.
 */
export const CDN_MIRROR = '/npm/';

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
}

function manifestOf(packagesDir: string, folder: string): Manifest | undefined {
  const file = resolve(packagesDir, folder, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
}

/** A published package's `package.json` with its workspace dependencies pinned, as `pnpm publish` writes it. */
function publishedManifest(packagesDir: string, manifest: Manifest): string {
  const dependencies = Object.fromEntries(
    Object.entries(manifest.dependencies ?? {}).map(([name, range]) => {
      const folder = name.replace(/^@council-components\//, '');
      const local = range.startsWith('workspace:') ? manifestOf(packagesDir, folder) : undefined;
      return [name, local ? local.version : range];
    }),
  );
  return `${JSON.stringify({ ...manifest, dependencies }, null, 2)}\n`;
}

/** The address of `file` (under `dist/`) in a package, on the mirror, relative to a page at the root. */
export function cdnPath(packagesDir: string, folder: string, file: string): string {
  const manifest = manifestOf(packagesDir, folder);
  return `npm/@council-components/${folder}@${manifest?.version ?? '0.0.0'}/dist/${file}`;
}

export function cdnMirrorRoute(packagesDir: string): Route {
  return {
    method: 'GET',
    path: `${CDN_MIRROR}*`,
    handler: (request) => {
      const path = decodeURIComponent(new URL(request.url).pathname.slice(CDN_MIRROR.length));
      const match = /^@council-components\/([a-z][a-z0-9-]*)@([^/]+)\/(.+)$/.exec(path);
      const manifest = match?.[1] ? manifestOf(packagesDir, match[1]) : undefined;
      if (!match?.[1] || !match[3] || !manifest || manifest.private || manifest.version !== match[2])
        return Promise.resolve(new Response('Not found', { status: 404 }));
      if (match[3] === 'package.json')
        return Promise.resolve(
          new Response(publishedManifest(packagesDir, manifest), {
            headers: { 'Content-Type': 'application/json; charset=utf-8' },
          }),
        );
      if (!match[3].startsWith('dist/')) return Promise.resolve(new Response('Not found', { status: 404 }));
      return serveFile(resolve(packagesDir, match[1], 'dist'), match[3].slice('dist/'.length));
    },
  };
}
