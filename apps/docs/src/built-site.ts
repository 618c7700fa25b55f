/**
 * The docs site as built (`storybook-static`), for the tests that open it in Chromium: where it is, what its index
 * lists, and the fixtures each stories file shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '@council-components/testing/playwright-chromium.js';
import { serveFolder } from '@council-components/testing/static-server.js';

export const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));
if (!existsSync(`${staticDir}/index.json`)) {
  throw new Error('Build the docs site first: pnpm --filter @council-components/docs build (the test command does).');
}

export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  importPath: string;
}

export interface FixtureLike {
  story: string;
  lang: 'en' | 'cy';
  when?: string;
  markup?: string;
  shows: { text: string };
  logs?: RegExp;
}

/** The fixtures beside a stories file (`x.stories.ts` → `x.fixtures.ts`), if it has any: the states its stories show. */
export async function fixturesBeside(importPath: string): Promise<FixtureLike[]> {
  const path = fileURLToPath(
    new URL(importPath.replace(/\.stories\.ts$/, '.fixtures.ts'), new URL('../', import.meta.url)),
  );
  if (!existsSync(path)) return [];
  const module = (await import(path)) as Record<string, unknown>;
  return Object.values(module)
    .filter(
      (value): value is FixtureLike[] =>
        Array.isArray(value) && typeof (value[0] as FixtureLike | undefined)?.story === 'string',
    )
    .flat();
}

const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8')) as { entries: Record<string, IndexEntry> };

/** Every entry of the site's index: each story, and each docs page. */
export const indexEntries: readonly IndexEntry[] = Object.values(index.entries);

/**
 * The built site served on loopback, and a Chromium to open it, for the tests of one file (or of the `describe` it
 * is called in): started before them, closed after.
 */
export function builtSiteInChromium(): { readonly url: string; readonly browser: Browser } {
  let site: Awaited<ReturnType<typeof serveFolder>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveFolder(staticDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get url() {
      if (!site) throw new Error('The built site is served once the tests start');
      return site.url;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts once the tests start');
      return browser;
    },
  };
}
