import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage } from '@council-components/testing/playwright-chromium.js';
import { packageVersion, publishedIntegrity } from '@council-components/testing/workspace-packages.js';
import { chooseAddressByKeyboard } from '@council-components/sandbox/keyboard-address-search.ts';
import { startSandbox, type RunningSandbox } from '@council-components/sandbox/server.ts';
import {
  DEBIAN_PACKAGES,
  missingWordPress,
  startWordPress,
  type Role,
  type RunningWordPress,
  type WordPressSite,
} from './wordpress-on-debian.ts';

/*
 * The plugin on WordPress as Debian packages it (6.1): installed from its zip through wp-admin, then used by every
 * role a council gives its web editors, in a block and in classic content, saved through the REST API, and
 * used by a resident in Chromium with the keyboard: find an address, send the host form, and the council receives
 * it. `.ci/run` installs the packages and sets COUNCIL_REQUIRE_WORDPRESS, so there a missing WordPress fails.
 */

const missing = missingWordPress();
const required = process.env['COUNCIL_REQUIRE_WORDPRESS'] === '1';

it.runIf(required)('has WordPress to test against', () => {
  expect(missing, `install Debian's ${DEBIAN_PACKAGES.join(' ')}`).toEqual([]);
});

const pluginVersion = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as {
    version: string;
  }
).version;
const pluginZip = resolve(import.meta.dirname, `../dist/council-components-${pluginVersion}.zip`);

const QUESTION = { en: 'What is your home address?', cy: 'Beth yw eich cyfeiriad cartref?' };
const SHORTCODE = `[council_address_lookup name="home-address" label="${QUESTION.en}" label-cy="${QUESTION.cy}" required action="/submitted"]`;
/** A block's attributes as the block editor writes them into its comment (`serialize_block_attributes`). */
const blockAttributes = (attributes: Record<string, unknown>): string =>
  JSON.stringify(attributes)
    .replaceAll('--', '\\u002d\\u002d')
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\\"', '\\u0022');

/** A block as the editor saves it: its attributes as JSON in the comment, nothing else. */
const BLOCK = `<!-- wp:council-components/address-lookup ${blockAttributes({
  name: 'home-address',
  label: QUESTION.en,
  'label-cy': QUESTION.cy,
  required: true,
  action: '/submitted',
})} /-->`;

/** Where an editor puts the component: our block, the shortcode in a Shortcode block, the shortcode in classic content. */
const CONTENT = {
  'our block': `<!-- wp:paragraph -->\n<p>Tell us where you live.</p>\n<!-- /wp:paragraph -->\n\n${BLOCK}`,
  'a Shortcode block': `<!-- wp:shortcode -->\n${SHORTCODE}\n<!-- /wp:shortcode -->`,
  'classic content': `Tell us where you live.\n\n${SHORTCODE}\n\nWe will write to you at this address.`,
} as const;
type Placement = keyof typeof CONTENT;

/**
 * The address lookup README's markup, as a council pastes it: only the CDN's address (the back end's mirror of
 * jsDelivr's npm paths, on the page's origin) and the real SRI hash put in, as the README tells a council to.
 */
function readmeMarkup(site: WordPressSite): string {
  const readme = readFileSync(resolve(import.meta.dirname, '../../../packages/address-lookup/README.md'), 'utf8');
  const markup = /```html\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const bundle = 'dist/bundle/council-address-lookup.bundle.js';
  const integrity = publishedIntegrity('address-lookup', bundle) ?? '';
  const pasted = markup
    .replace(
      /https:\/\/cdn\.jsdelivr\.net\/npm\/@council-components\/address-lookup@[^/]+\//,
      `${site.url}/npm/@council-components/address-lookup@${packageVersion('address-lookup')}/`,
    )
    .replace('sha384-…', integrity);
  if (!pasted.includes(site.url) || !integrity || !pasted.includes('<council-address-lookup')) {
    throw new Error(`the README's markup has changed shape:\n${markup}`);
  }
  return pasted;
}

const basicAuth = (site: WordPressSite, role: Role): string => {
  const user = site.users[role];
  return `Basic ${Buffer.from(`${user.login}:${user.applicationPassword}`).toString('base64')}`;
};

interface SavedPost {
  id: number;
  link: string;
  content: { raw: string };
}

/** Saves through the REST API as `role`. Authors cannot make pages, so theirs is a post. */
async function save(
  site: WordPressSite,
  role: Role,
  body: Record<string, unknown>,
  id?: number,
  type = role === 'author' ? 'posts' : 'pages',
): Promise<SavedPost> {
  const path = `/wp/v2/${type}${id === undefined ? '' : `/${String(id)}`}`;
  const response = await fetch(`${site.url}/?rest_route=${encodeURIComponent(path)}&context=edit`, {
    method: 'POST',
    headers: { Authorization: basicAuth(site, role), 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'publish', ...body }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`saving as ${role}: ${String(response.status)} ${text}`);
  return JSON.parse(text) as SavedPost;
}

/** Logs in as `role` and lands on `path` of wp-admin (not the dashboard, which is slow to draw). */
async function logIn(page: Page, site: WordPressSite, role: Role, path: string): Promise<void> {
  const destination = `${site.url}/wp-admin/${path}`;
  await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(destination)}`);
  await page.locator('#user_login').fill(site.users[role].login);
  await page.locator('#user_pass').fill(site.users[role].password);
  await page.locator('#wp-submit').click();
  await page.waitForURL(destination);
}

/** Plugins → Add New → Upload Plugin → the zip → Install Now → Activate, as a council's administrator does. */
async function installFromWpAdmin(browser: Browser, site: WordPressSite): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, site, 'administrator', 'plugin-install.php?tab=upload');
  await page.locator('#pluginzip').setInputFiles(pluginZip);
  await page.locator('#install-plugin-submit').click();
  const activate = page.locator('a[href*="action=activate"][href*="council-components"]');
  await activate.waitFor();
  await activate.click();
  await page.waitForURL(/plugins\.php/);
  await context.close();
}

async function settings(site: WordPressSite, values: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`${site.url}/?rest_route=${encodeURIComponent('/wp/v2/settings')}`, {
    method: 'POST',
    headers: { Authorization: basicAuth(site, 'administrator'), 'Content-Type': 'application/json' },
    body: JSON.stringify({ council_components: values }),
  });
  const json = (await response.json()) as { council_components: Record<string, unknown> };
  if (!response.ok) throw new Error(`settings: ${String(response.status)} ${JSON.stringify(json)}`);
  return json.council_components;
}

describe.skipIf(missing.length > 0)('the WordPress plugin', () => {
  let sandbox: RunningSandbox | undefined;
  let wordpress: RunningWordPress | undefined;
  let browser: Browser | undefined;
  const wp = (): RunningWordPress => {
    if (!wordpress) throw new Error('WordPress starts before the tests');
    return wordpress;
  };
  const chromium = (): Browser => {
    if (!browser) throw new Error('Chromium starts before the tests');
    return browser;
  };

  beforeAll(async () => {
    // The council's back end (addresses, the CDN mirror, a page that shows what a form sent), behind Apache.
    sandbox = await startSandbox(0);
    wordpress = await startWordPress(sandbox.url.replace('localhost', '127.0.0.1'));
    browser = await launchChromium();
    await Promise.all([installFromWpAdmin(browser, wordpress.open), installFromWpAdmin(browser, wordpress.locked)]);
    // The open site as installed (one bundle per component, served by the plugin); the locked one, in Welsh, with
    // the loader from a CDN (here the back end's mirror of jsDelivr's npm paths).
    await settings(wordpress.locked, {
      delivery: 'loader',
      source: 'cdn',
      cdn_base: `${wordpress.locked.url}/npm/`,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await wordpress?.stop();
    await sandbox?.close();
  });

  /**
   * A resident on `link`, with the keyboard only: finds 2 Adanac Drive, sends the host form; what the council
   * received. The council's page must not log an error or fail a request.
   */
  async function residentSends(link: string, lang: 'en' | 'cy'): Promise<Record<string, string | null>> {
    const { page, problems } = await openWatchedPage(chromium(), link);
    try {
      expect(await page.locator('html').getAttribute('lang')).toMatch(lang === 'cy' ? /^cy/ : /^en/);
      await expect
        .poll(() => page.locator('council-address-lookup legend').first().textContent())
        .toContain(QUESTION[lang]);
      await chooseAddressByKeyboard(page, 'home-address', 'SO16 0AS');
      await page.waitForFunction(() => document.activeElement?.id === 'home-address-line-1');
      // The council's page ran cleanly (the back end's page that shows what it received is not ours to judge).
      expect(problems).toEqual([]);
      await page.getByRole('button', { name: lang === 'cy' ? 'Parhau' : 'Continue' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/submitted$/);
      const received: Record<string, string | null> = {};
      for (const part of ['line-1', 'town', 'postcode', 'uprn']) {
        received[part] = await page.locator(`[data-field="home-address-${part}"]`).textContent();
      }
      return received;
    } finally {
      await page.context().close();
    }
  }

  const CHOSEN = { 'line-1': '2 Adanac Drive', town: 'Southampton', postcode: 'SO16 0AS', uprn: '200010019932' };

  const cases: { site: 'open' | 'locked'; role: Role; placement: Placement }[] = [
    ...(['administrator', 'editor', 'author'] as const).flatMap((role) =>
      (Object.keys(CONTENT) as Placement[]).map((placement) => ({ site: 'open' as const, role, placement })),
    ),
    ...(Object.keys(CONTENT) as Placement[]).map((placement) => ({
      site: 'locked' as const,
      role: 'editor' as const,
      placement,
    })),
  ];

  it.each(cases)(
    '$role on the $site site, in $placement: saved, and a resident finds an address and sends it',
    async ({ site: name, role, placement }) => {
      const site = wp()[name];
      const saved = await save(site, role, { title: `Apply (${role}, ${placement})`, content: CONTENT[placement] });
      // WordPress kept the component: kses never touches a block's comment or a shortcode.
      expect(saved.content.raw).toBe(CONTENT[placement]);
      expect(await residentSends(saved.link, name === 'locked' ? 'cy' : 'en')).toEqual(CHOSEN);
    },
  );

  it('serves each script as a module with the SRI hash its release published, self-hosted or from the CDN', async () => {
    const bundle = 'dist/bundle/council-address-lookup.bundle.js';
    const loader = 'dist/council-components.js';
    const published = (folder: string, file: string): string => publishedIntegrity(folder, file) ?? '';
    for (const [site, src, integrity] of [
      [
        wp().open,
        `${wp().open.url}/wp-content/plugins/council-components/assets/${pluginVersion}/address-lookup/${bundle}`,
        published('address-lookup', bundle),
      ],
      [
        wp().locked,
        `${wp().locked.url}/npm/@council-components/loader@${packageVersion('loader')}/${loader}`,
        published('loader', loader),
      ],
    ] as const) {
      const saved = await save(site, 'editor', { title: 'Scripts', content: CONTENT['our block'] });
      const html = await (await fetch(saved.link)).text();
      const tags = html.match(/<script[^>]*council-components-[a-z-]+-js[^>]*>/g) ?? [];
      expect(tags).toEqual([
        expect.stringMatching(
          new RegExp(
            `^<script type="module" src="${src.replaceAll('.', '\\.')}" integrity="${integrity.replaceAll('+', '\\+')}" crossorigin="anonymous"`,
          ),
        ),
      ]);
      expect(integrity).toMatch(/^sha384-/);
    }
  });

  it('shows the host’s submit button when an Administrator pastes the README’s markup into classic content', async () => {
    const site = wp().open;
    const saved = await save(site, 'administrator', { title: 'Pasted', content: readmeMarkup(site) });
    // WordPress's wpautop has been at it (the script in a paragraph, line breaks in the form), and the plugin saw
    // the page's own script: it adds none.
    const html = await (await fetch(saved.link)).text();
    expect(html).toMatch(/<p><script\s/);
    expect(html).toMatch(/<\/council-address-lookup><br \/>/);
    expect(html).not.toContain('id="council-components-address-lookup-js"');
    const { page, problems } = await openWatchedPage(chromium(), saved.link);
    try {
      await page.locator('#home-address-lookup-postcode').waitFor();
      const button = page.getByRole('button', { name: 'Continue' });
      expect(await button.isVisible()).toBe(true);
      expect(await button.evaluate((node) => node.closest('council-address-lookup') === null)).toBe(true);
      await chooseAddressByKeyboard(page, 'home-address', 'SO16 0AS');
      await page.waitForFunction(() => document.activeElement?.id === 'home-address-line-1');
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('keeps pasted markup for an Editor on a DISALLOW_UNFILTERED_HTML host only when the council opts in', async () => {
    const site = wp().locked;
    const markup = readmeMarkup(site);
    const stripped = await save(site, 'editor', { title: 'Pasted', content: markup });
    // As WordPress does without the plugin's opt-in: the element, the form and the script silently gone.
    expect(stripped.content.raw).not.toContain('<council-address-lookup');
    expect(stripped.content.raw).not.toContain('<form');

    expect(
      await settings(site, {
        delivery: 'loader',
        source: 'cdn',
        cdn_base: `${site.url}/npm/`,
        allow_pasted_markup: true,
      }),
    ).toMatchObject({ allow_pasted_markup: true });
    try {
      const kept = await save(site, 'editor', { title: 'Pasted', content: markup });
      expect(kept.content.raw).toContain('<council-address-lookup name="home-address"');
      expect(kept.content.raw).toContain('<form action="/apply" method="post">');
      // Scripts are never allowed: the plugin loads the component instead.
      expect(kept.content.raw).not.toContain('<script');
      const { page, problems } = await openWatchedPage(chromium(), kept.link);
      try {
        await chooseAddressByKeyboard(page, 'home-address', 'SO16 0AS');
        await page.waitForFunction(() => document.activeElement?.id === 'home-address-line-1');
        expect(await page.getByRole('button', { name: 'Continue' }).isVisible()).toBe(true);
        expect(problems).toEqual([]);
      } finally {
        await page.context().close();
      }
    } finally {
      await settings(site, {
        delivery: 'loader',
        source: 'cdn',
        cdn_base: `${site.url}/npm/`,
        allow_pasted_markup: false,
      });
    }
  });

  it('gives the block editor a block per component, its attributes as controls', async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    try {
      await logIn(page, wp().open, 'editor', 'post-new.php?post_type=page');
      await page.waitForFunction(
        () => 'wp' in window && Boolean((window as unknown as { wp: { blocks?: unknown } }).wp.blocks),
      );
      const registered = await page.evaluate(() => {
        const { blocks } = (
          window as unknown as {
            wp: {
              blocks: {
                getBlockType: (name: string) => { title: string; attributes: Record<string, unknown> } | undefined;
              };
            };
          }
        ).wp;
        return ['address-lookup', 'bin-collections', 'payment', 'booking'].map((slug) => {
          const block = blocks.getBlockType(`council-components/${slug}`);
          return block ? { title: block.title, attributes: Object.keys(block.attributes) } : undefined;
        });
      });
      expect(registered).toEqual([
        {
          title: 'Council address lookup',
          attributes: expect.arrayContaining([
            'name',
            'label',
            'label-cy',
            'required',
            'endpoint',
            'form',
            'action',
          ]) as unknown,
        },
        {
          title: 'Council bin collections',
          attributes: expect.arrayContaining(['uprn', 'remember', 'contact-href', 'fallback']) as unknown,
        },
        {
          title: 'Council payment',
          attributes: expect.arrayContaining(['endpoint', 'item', 'payment-link', 'description-cy']) as unknown,
        },
        {
          title: 'Council booking',
          attributes: expect.arrayContaining(['endpoint', 'service', 'heading-cy']) as unknown,
        },
      ]);
    } finally {
      await context.close();
    }
  });

  it('keeps an Administrator’s component when an Editor on a DISALLOW_UNFILTERED_HTML host saves the page', async () => {
    const site = wp().locked;
    const built = await save(site, 'administrator', { title: 'Apply', content: CONTENT['our block'] });
    // The Editor changes only the title; the editor sends the content back as it loaded it.
    const resaved = await save(site, 'editor', { title: 'Apply for a permit', content: built.content.raw }, built.id);
    expect(resaved.content.raw).toBe(CONTENT['our block']);
    expect(await residentSends(resaved.link, 'cy')).toEqual(CHOSEN);
  });

  it('escapes what an Author types into a shortcode or a block', async () => {
    const site = wp().open;
    // WordPress itself empties a shortcode attribute holding a stray `<`; a quote gets through.
    const hostile = '" onfocus="alert(1)';
    const content = [
      `[council_address_lookup name='a"b' label='${hostile}' required action="javascript:alert(1)" endpoint="javascript:alert(2)"]`,
      `<!-- wp:council-components/bin-collections ${blockAttributes({ fallback: '<p>Call us</p><script>alert(3)</script>', 'contact-href': 'javascript:alert(4)' })} /-->`,
    ].join('\n\n');
    const saved = await save(site, 'author', { title: 'Hostile', content });
    const html = await (await fetch(saved.link)).text();
    const body = html.slice(html.indexOf('entry-content'));
    expect(body).toContain('<council-address-lookup name="ab" label="&quot; onfocus=&quot;alert(1)" required>');
    expect(body).toContain('<form class="council-components-form" method="post" lang="en">');
    expect(body).not.toMatch(/javascript:|<script>alert|endpoint=""|href=""/);
    expect(body).toContain('<council-bin-collections');
    expect(body).toContain('<p>Call us</p>');
  });

  it('logs no PHP error, warning or notice from the plugin', () => {
    const ours = wp()
      .phpLog()
      .split('\n')
      .filter((line) => line.includes('/plugins/council-components/') || line.includes('Council Components'));
    expect(ours).toEqual([]);
  });
});
