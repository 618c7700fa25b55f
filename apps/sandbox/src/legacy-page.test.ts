import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axePageViolations } from '@council-components/testing/axe-playwright.js';
import { TEXT_SPACING_BOOKMARKLET } from '@council-components/testing/text-spacing.js';
import { openWatchedPage, type WatchedPage } from '@council-components/testing/playwright-chromium.js';
import { componentPackages } from '@council-components/distribution/component-package.js';
import { elementsOf, readManifest } from '@council-components/distribution/custom-elements-manifest.js';
import { OLDER_VERSION } from './app.ts';
import { sandboxComponents } from './components.ts';
import { chooseAddressByKeyboard } from './keyboard-address-search.ts';
import { JQUERY_PROBE, sandboxInChromium } from './sandbox-in-chromium.ts';
import { startSandbox } from './server.ts';
import { packageVersion } from '@council-components/testing/workspace-packages.js';

const running = sandboxInChromium();

const openLegacyPage = (url: string): Promise<WatchedPage> =>
  openWatchedPage(running.browser, url, { knownProblems: [JQUERY_PROBE] });

const fillFallbackAndSend = async (page: Page): Promise<void> => {
  await page.locator('#home-address-line-1').fill('1 Station Road');
  await page.locator('#home-address-town').fill('Swansea');
  await page.locator('#home-address-postcode').fill('SA1 1AA');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.waitForURL(/\/submitted$/);
  expect(await page.locator('[data-field="home-address-line-1"]').textContent()).toBe('1 Station Road');
  expect(await page.locator('[data-field="home-address-postcode"]').textContent()).toBe('SA1 1AA');
};

/** The paths of the component files `page` requests from now on. */
function componentRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/components/')) paths.push(path);
  });
  return paths;
}

describe('the sandbox legacy page', () => {
  it('is served with a strict Content-Security-Policy', async () => {
    const response = await fetch(running.sandbox.url);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('loads cleanly: no console errors, no CSP violations, and axe finds nothing', async () => {
    const { page, problems } = await openLegacyPage(running.sandbox.url);
    await page.waitForLoadState('load');
    expect(await page.locator('link[rel=stylesheet]').count()).toBe(2);
    expect(await axePageViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('never serves GDS Transport, even in the host page’s own GOV.UK stylesheet', async () => {
    const css = await (await fetch(new URL('legacy/govuk-frontend-v5.min.css', running.sandbox.url))).text();
    expect(css.length).toBeGreaterThan(50_000);
    expect(css).not.toContain('@font-face');
  });

  it('has a Welsh version that is Welsh throughout: page, components, fallback fields and the page after sending', async () => {
    // Every English text the English page shows, none of which the Welsh page may show.
    const englishTexts = [
      'Council services',
      'Fill in the form below',
      'Find an address',
      'What is your home address?',
      'Find address',
      'Enter the address manually',
      'Address line 1',
      'Town or city',
      'Postcode',
      'Your reference',
      'Send',
      'Example County Council',
      'Form received',
    ];
    const { page, problems } = await openLegacyPage(`${running.sandbox.url}?lang=cy`);
    await page.locator('#home-address-lookup-postcode').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await page.locator('h1').textContent()).toBe('Gwasanaethau’r cyngor');
    // The CMS's CSS changes the case of some text: compared in lower case.
    const textOf = async (of: Page): Promise<string> => (await of.locator('body').innerText()).toLowerCase();
    const english = englishTexts.map((text) => text.toLowerCase());
    const withComponents = await textOf(page);
    expect(withComponents).toContain('beth yw eich cyfeiriad cartref?');
    expect(withComponents).toContain('dod o hyd i gyfeiriad');
    for (const text of english) expect(withComponents, text).not.toContain(text);
    expect(problems).toEqual([]);
    await page.context().close();

    // Without JavaScript: the fallback fields, then the council's page after sending.
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${running.sandbox.url}?lang=cy`);
    const fallback = await textOf(plain);
    expect(fallback).toContain('llinell 1 y cyfeiriad');
    for (const text of english) expect(fallback, text).not.toContain(text);
    await plain.locator('#home-address-line-1').fill('1 Stryd y Castell');
    await plain.getByRole('button', { name: 'Anfon' }).click();
    await plain.waitForURL(/\/submitted/);
    expect(await plain.locator('html').getAttribute('lang')).toBe('cy');
    // The page's words, not the field names and values it lists.
    const received = `${await plain.title()} ${await plain.locator('h1').innerText()}`.toLowerCase();
    expect(received).toBe('ffurflen wedi’i derbyn – cyngor sir enghreifftiol ffurflen wedi’i derbyn');
    expect(await plain.locator('[data-field="home-address-line-1"]').textContent()).toBe('1 Stryd y Castell');
    await context.close();
  });

  it('refuses to serve files outside its folders', async () => {
    expect((await fetch(new URL('legacy/..%2f..%2fpackage.json', running.sandbox.url))).status).toBe(404);
    expect((await fetch(new URL('components/..%2f..%2fpackage.json/x.js', running.sandbox.url))).status).toBe(404);
    expect((await fetch(new URL('legacy/%', running.sandbox.url))).status).toBe(404);
    // Only published packages are served: not the test helpers or the build tools.
    expect((await fetch(new URL('components/testing/src/chromium.ts', running.sandbox.url))).status).toBe(404);
    expect((await fetch(new URL('components/address-lookup/integrity.json', running.sandbox.url))).status).toBe(200);
  });
});

describe.each(['bundles', 'loader', 'mixed'] as const)(
  'the legacy page with its components delivered by %s',
  (delivery) => {
    it('renders under the strict CSP, hostile CSS and the CMS’s jQuery, and a keyboard-only resident finds, chooses and submits an address', async () => {
      const { page, problems, warnings } = await openLegacyPage(`${running.sandbox.url}?delivery=${delivery}`);
      const postcode = page.locator('#home-address-lookup-postcode');
      await postcode.waitFor();
      // The host's `input { width: 96% !important; height: 14px !important }` does not reach it.
      expect(await postcode.evaluate((input) => getComputedStyle(input).height)).toBe('40px');

      await page.keyboard.press('Tab'); // council home link
      await page.keyboard.press('Tab'); // language link
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('home-address-lookup-postcode');
      await page.keyboard.type('so16 0as');
      await page.keyboard.press('Enter');
      await page.locator('#home-address-lookup-select').waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('home-address-lookup-select');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'home-address-line-1');
      expect(await axePageViolations(page)).toEqual([]);

      await page.locator('#cms-reference').focus();
      await page.keyboard.type('REF-9');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/submitted$/);
      const field = (name: string) => page.locator(`[data-field="${name}"]`).textContent();
      expect(await field('home-address-line-1')).toBe('2 Adanac Drive');
      expect(await field('home-address-town')).toBe('Southampton');
      expect(await field('home-address-postcode')).toBe('SO16 0AS');
      expect(await field('home-address-uprn')).toBe('200010019932');
      expect(await field('cms-reference')).toBe('REF-9');
      expect(problems).toEqual([]);
      // An older release, the current bundle and the loader: the first definition (the older one) wins, the current
      // copy says so once naming both versions, the loader sees the element defined and fetches nothing, nothing breaks.
      expect(warnings).toEqual(
        delivery === 'mixed'
          ? sandboxComponents.map(({ tag, folder }): unknown =>
              expect.stringContaining(
                `<${tag}> ${OLDER_VERSION} is defined; ${packageVersion(folder)} was not registered`,
              ),
            )
          : [],
      );
      await page.context().close();
    });

    it('takes the person’s text spacing (the WCAG bookmarklet) under the council’s hostile CSS (1.4.12)', async () => {
      const { page, problems } = await openLegacyPage(`${running.sandbox.url}?delivery=${delivery}`);
      await page.locator('#home-address-lookup-postcode').waitFor();
      // As a reader's user styles would: unlayered and important. A constructable sheet, which the page's CSP allows.
      const short = await page.evaluate(async (bookmarklet) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(bookmarklet);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const root = document.querySelector('council-address-lookup .ccuk-root');
        const texts = [...(root?.querySelectorAll('*') ?? [])].filter(
          (element) =>
            element.checkVisibility() &&
            element.getBoundingClientRect().height > 1 &&
            [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
        );
        return {
          checked: texts.length,
          short: texts.flatMap((element) => {
            const style = getComputedStyle(element);
            const size = Number.parseFloat(style.fontSize);
            const spacing = [
              Number.parseFloat(style.lineHeight) / size,
              Number.parseFloat(style.letterSpacing) / size,
              Number.parseFloat(style.wordSpacing) / size,
            ].map((ratio) => ratio.toFixed(2));
            return spacing.join() === '1.50,0.12,0.16' ? [] : [`${element.localName}: ${spacing.join()}`];
          }),
        };
      }, TEXT_SPACING_BOOKMARKLET);
      expect(short.short).toEqual([]);
      expect(short.checked).toBeGreaterThanOrEqual(4);
      // Everything else is still shielded: the host's `input { height: 14px !important }` does not reach it.
      expect(
        await page.locator('#home-address-lookup-postcode').evaluate((input) => getComputedStyle(input).height),
      ).toBe('40px');
      expect(problems).toEqual([]);
      await page.context().close();
    });

    it('blocks an empty required address and says so, without leaving the page', async () => {
      const { page } = await openLegacyPage(`${running.sandbox.url}?delivery=${delivery}`);
      await page.locator('#home-address-lookup-postcode').waitFor();
      await page.getByRole('button', { name: 'Send' }).click();
      const message = 'Enter a postcode and select an address, or enter the address manually';
      await page.locator('council-address-lookup').getByText(message).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      // However late the component arrived, it checked the answer before the CMS's own submit handler ran.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('home-address-lookup-postcode');
      // The page shows the GOV.UK error summary from council-invalid, and its link takes the resident to the field.
      const summary = page.locator('.govuk-error-summary');
      expect(await summary.getByRole('heading').innerText()).toBe('There is a problem');
      await page.locator('#cms-reference').focus();
      await summary.getByRole('link', { name: message }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('home-address-lookup-postcode');
      // The CMS's jQuery disables the button of a form that is sent; this one was not, so the resident can send again.
      expect(
        await page.evaluate(() => (window as unknown as { jQuery: { fn: { jquery: string } } }).jQuery.fn.jquery),
      ).toBe('1.12.4');
      expect(await page.getByRole('button', { name: 'Send' }).isEnabled()).toBe(true);
      await page.context().close();
    });
  },
);

describe('council-address-lookup on the legacy page', () => {
  it('speaks Welsh on the Welsh page and prefers Welsh records', async () => {
    const { page, problems } = await openLegacyPage(`${running.sandbox.url}?lang=cy`);
    await page.locator('#home-address-lookup-postcode').fill('SA1 1DP');
    await page.locator('council-address-lookup').getByRole('button', { name: 'Dod o hyd i gyfeiriad' }).click();
    const select = page.locator('#home-address-lookup-select');
    await select.waitFor();
    expect(await select.textContent()).toContain('1 Stryd y Castell, Abertawe, SA1 1DP');
    expect(await axePageViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe.each(['bundles', 'loader'] as const)('council-bin-collections on the legacy page, by %s', (delivery) => {
  it('under the strict CSP and hostile CSS, a keyboard-only resident finds their bin days; the swatches are painted, the calendar served', async () => {
    const { page, problems } = await openLegacyPage(`${running.sandbox.url}?delivery=${delivery}`);
    const bins = page.locator('council-bin-collections');
    await chooseAddressByKeyboard(page, 'bins', 'SO16 0AS');
    await page.waitForFunction(() => document.activeElement?.id === 'bins-heading');
    expect(await page.locator('#bins-heading').textContent()).toContain('Bin collections for 2 Adanac Drive');
    await expect.poll(() => bins.innerText()).toContain('Food caddy');
    // Painted through the CSSOM, which the page's CSP (no inline style) allows; the name says the colour anyway.
    const painted = await bins
      .locator('.ccuk-bin-collections__swatch')
      .evaluateAll((swatches) => swatches.map((swatch) => getComputedStyle(swatch).backgroundColor));
    expect(painted.length).toBeGreaterThan(0);
    expect(painted).not.toContain('rgba(0, 0, 0, 0)');
    const download = await bins
      .getByRole('link', { name: 'Download the collection dates (.ics file)' })
      .getAttribute('href');
    const calendar = await fetch(new URL(download ?? '', running.sandbox.url));
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await calendar.text()).toContain('BEGIN:VEVENT');
    // The page author's own link is kept, under the collections.
    expect(await bins.getByRole('link', { name: 'our collection days page' }).isVisible()).toBe(true);
    expect(await axePageViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('on the Welsh page, speaks Welsh: days, services and calendar', async () => {
    const { page, problems } = await openLegacyPage(`${running.sandbox.url}?delivery=${delivery}&lang=cy`);
    const bins = page.locator('council-bin-collections');
    await page.locator('#bins-lookup-postcode').fill('SO16 0AS');
    await bins.getByRole('button', { name: 'Dod o hyd i gyfeiriad' }).click();
    await page.locator('#bins-lookup-select').selectOption({ index: 1 });
    await bins.getByRole('button', { name: 'Defnyddio’r cyfeiriad hwn' }).click();
    await expect.poll(() => bins.innerText()).toContain('Cadi bwyd');
    expect(await bins.innerText()).toMatch(/Dydd (Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul) \d+ /i);
    const download = await bins
      .getByRole('link', { name: 'Lawrlwytho’r dyddiadau casglu (ffeil .ics)' })
      .getAttribute('href');
    expect(new URL(download ?? '', running.sandbox.url).searchParams.get('lang')).toBe('cy');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the loader', () => {
  it('fetches only what the page uses, the shared runtime once, each file with its SRI hash', async () => {
    const context = await running.browser.newContext();
    const page = await context.newPage();
    const fetched = componentRequests(page);
    await page.goto(`${running.sandbox.url}?delivery=loader`);
    await page.locator('#home-address-lookup-postcode').waitFor();
    expect(fetched.sort()).toEqual([
      // Dates in words, shared by the bin collections and the booking: fetched once.
      '/components/loader/chunks/date-words.js',
      '/components/loader/chunks/runtime.js',
      '/components/loader/components/address-lookup.js',
      '/components/loader/components/bin-collections.js',
      '/components/loader/components/booking.js',
      '/components/loader/components/payment.js',
      '/components/loader/council-components.js',
    ]);
    const preloads = await page.$$eval('link[rel=modulepreload]', (links) =>
      links.map((link) => ({
        href: new URL((link as HTMLLinkElement).href).pathname,
        integrity: (link as HTMLLinkElement).integrity,
      })),
    );
    expect(preloads.map((preload) => preload.href).sort()).toEqual([
      '/components/loader/chunks/date-words.js',
      '/components/loader/chunks/runtime.js',
      '/components/loader/components/address-lookup.js',
      '/components/loader/components/bin-collections.js',
      '/components/loader/components/booking.js',
      '/components/loader/components/payment.js',
    ]);
    for (const preload of preloads) expect(preload.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    await context.close();
  });

  it('fetches nothing more on a page without components', async () => {
    const empty = await startSandbox(0, { components: [] });
    const context = await running.browser.newContext();
    const page = await context.newPage();
    const fetched = componentRequests(page);
    await page.goto(`${empty.url}?delivery=loader`);
    await page.waitForLoadState('load');
    expect(fetched).toEqual(['/components/loader/council-components.js']);
    await context.close();
    await empty.close();
  });

  it('loads a component added to the page later (a CMS widget, a single-page app)', async () => {
    const { page, problems } = await openLegacyPage(`${running.sandbox.url}?delivery=loader`);
    await page.locator('#home-address-lookup-postcode').waitFor();
    await page.evaluate(() => {
      const later = document.createElement('council-address-lookup');
      later.setAttribute('name', 'work-address');
      document.querySelector('form')?.prepend(later);
    });
    await page.locator('#work-address-lookup-postcode').waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('when the components cannot run, the page still works', () => {
  it.each([
    ['a bundle', 'bundles', 'address-lookup/bundle/council-address-lookup.bundle.js'],
    ['the loader’s shared runtime', 'loader', 'loader/chunks/runtime.js'],
    ['a component the loader fetches', 'loader', 'loader/components/address-lookup.js'],
  ])(
    '%s altered on its way (a compromised CDN) is refused by its SRI hash, and the fallback fields are sent',
    async (_name, delivery, file) => {
      const compromised = await startSandbox(0, { tampered: [file] });
      const { page, problems } = await openLegacyPage(`${compromised.url}?delivery=${delivery}`);
      await page.waitForLoadState('load');
      await expect.poll(() => problems.join('\n')).toMatch(/integrity|could not be loaded/i);
      expect(await page.evaluate(() => customElements.get('council-address-lookup'))).toBeUndefined();
      // The altered file never ran.
      expect(await page.evaluate(() => document.documentElement.dataset.tampered)).toBeUndefined();
      await fillFallbackAndSend(page);
      await page.context().close();
      await compromised.close();
    },
  );

  it('without JavaScript, the fallback fields are the form', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(running.sandbox.url);
    await fillFallbackAndSend(page);
    await context.close();
  });
});

describe('the loader on stricter or older pages', () => {
  it.each(['bundles', 'loader'])('works under a CSP that allows scripts by nonce only (%s)', async (delivery) => {
    const { page, problems } = await openLegacyPage(`${running.sandbox.url}?delivery=${delivery}&csp=nonce`);
    await page.locator('#home-address-lookup-postcode').fill('SO16 0AS');
    await page.locator('council-address-lookup').getByRole('button', { name: 'Find address' }).click();
    await page.locator('#home-address-lookup-select').waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('loads once from a URL with a cache-busting query (?ver=…), as CMSs add', async () => {
    const { page, problems } = await openLegacyPage(`${running.sandbox.url}?delivery=loader&ver=1`);
    await page.locator('#home-address-lookup-postcode').waitFor();
    const loaderRequests = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('council-components.js')),
    );
    expect(loaderRequests).toEqual([expect.stringMatching(/council-components\.js\?ver=6\.4\.2$/)]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('defines every element that a component package declares in its custom-elements.json', async () => {
    const tags = componentPackages(resolve(import.meta.dirname, '../../../packages')).flatMap((component) =>
      elementsOf(readManifest(component.dir)).map((element) => element.tagName),
    );
    expect(tags.length).toBeGreaterThan(0);
    const empty = await startSandbox(0, { components: [] });
    const { page, problems } = await openLegacyPage(`${empty.url}?delivery=loader`);
    await page.waitForLoadState('load');
    const defined = await page.evaluate(async (names) => {
      for (const name of names) document.body.append(document.createElement(name));
      return Promise.all(names.map(async (name) => customElements.whenDefined(name).then(() => name)));
    }, tags);
    expect(defined).toEqual(tags);
    expect(problems).toEqual([]);
    await page.context().close();
    await empty.close();
  });

  it.each([
    [
      'it cannot check the integrity of what it loads (no modulepreload: Firefox before 115, Safari before 17)',
      () => {
        const supports = Object.getOwnPropertyDescriptor(DOMTokenList.prototype, 'supports')?.value as
          ((this: DOMTokenList, token: string) => boolean) | undefined;
        Object.defineProperty(DOMTokenList.prototype, 'supports', {
          value(this: DOMTokenList, token: string): boolean {
            return token === 'modulepreload' ? false : Boolean(supports?.call(this, token));
          },
        });
      },
    ],
    [
      'the components would not run (no container queries: Chrome before 105)',
      () => {
        const supports = CSS.supports.bind(CSS);
        CSS.supports = (...args: [string, string?]): boolean =>
          args[0].startsWith('container-type') ? false : supports(...(args as [string, string]));
      },
    ],
  ])('starts nothing where %s, and the form still works', async (_where, emulate) => {
    const context = await running.browser.newContext();
    await context.addInitScript(emulate);
    const page = await context.newPage();
    const fetched = componentRequests(page);
    await page.goto(`${running.sandbox.url}?delivery=loader`);
    await page.waitForLoadState('load');
    expect(fetched).toEqual(['/components/loader/council-components.js']);
    expect(await page.evaluate(() => customElements.get('council-address-lookup'))).toBeUndefined();
    await fillFallbackAndSend(page);
    await context.close();
  });
});
