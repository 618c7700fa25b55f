/**
 * The built docs site's chrome (Storybook's manager) is Council Components': its name in the tab and the sidebar,
 * no Storybook logo, no onboarding checklist, a system font stack, colours that meet WCAG AA, and no request to any
 * host but the site's own.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BRAND_NAME, brandedTitle, councilThemeVars } from '../.storybook/council-chrome.ts';
import { builtSiteInChromium } from './built-site.ts';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(one: string, other: string): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the docs site chrome', () => {
  describe('its theme', () => {
    const theme = councilThemeVars;
    // Each colour Storybook draws text in, on each background it draws that text on.
    const textPairs: [string, string, string][] = [
      ['text on the sidebar', theme.textColor, theme.appBg],
      ['text on the content', theme.textColor, theme.appContentBg],
      ['text on a hovered item', theme.textColor, theme.appHoverBg],
      ['muted text on the sidebar', theme.textMutedColor, theme.appBg],
      ['muted text on the content', theme.textMutedColor, theme.appContentBg],
      ['toolbar text', theme.barTextColor, theme.barBg],
      ['toolbar hovered', theme.barHoverColor, theme.barBg],
      ['toolbar selected', theme.barSelectedColor, theme.barBg],
      ['links on the sidebar', theme.colorSecondary, theme.appBg],
      ['links on the content', theme.colorSecondary, theme.appContentBg],
      ['the selected sidebar item', theme.textInverseColor, theme.colorSecondary],
      ['text on a primary background', theme.textInverseColor, theme.colorPrimary],
      ['input text', theme.inputTextColor, theme.inputBg],
      ['button text', theme.textColor, theme.buttonBg],
    ];
    it.each(textPairs)('%s meets 4.5:1', (_, foreground, background) => {
      expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
    });

    it('outlines its controls at 3:1 or more', () => {
      expect(contrast(theme.inputBorder, theme.inputBg)).toBeGreaterThanOrEqual(3);
      expect(contrast(theme.buttonBorder, theme.buttonBg)).toBeGreaterThanOrEqual(3);
    });

    it('uses system fonts, never Nunito Sans', () => {
      expect(theme.fontBase).toMatch(/^system-ui,/);
      expect(`${theme.fontBase} ${theme.fontCode}`).not.toMatch(/Nunito/i);
      expect(theme.fontCode).toMatch(/monospace$/);
    });
  });

  describe('its tab titles', () => {
    it.each([
      ['Storybook', BRAND_NAME],
      ['Introduction - Docs \u22C5 Storybook', `Introduction - Docs \u2013 ${BRAND_NAME}`],
      [
        'Components / Address lookup - Default \u22C5 Storybook',
        `Components / Address lookup - Default \u2013 ${BRAND_NAME}`,
      ],
      [`Introduction - Docs \u2013 ${BRAND_NAME}`, `Introduction - Docs \u2013 ${BRAND_NAME}`],
    ])('names %j as %j', (storybooks, ours) => {
      expect(brandedTitle(storybooks)).toBe(ours);
    });
  });

  describe('in Chromium', () => {
    const site = builtSiteInChromium();
    let page: Page;
    const requested: string[] = [];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      page = await (await site.browser.newContext()).newPage();
      page.on('request', (request) => requested.push(request.url()));
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${site.url}index.html?path=/docs/introduction--docs`);
      // Settled: the docs page is drawn in the preview, and its title is in the tab.
      await page.frameLocator('#storybook-preview-iframe').locator('.sbdocs-content').first().waitFor();
      await page.waitForFunction(() => document.title.startsWith('Introduction'));
      await page.waitForLoadState('networkidle');
    });

    it('names the tab Council Components, not Storybook', async () => {
      const title = await page.title();
      expect(title).toContain(BRAND_NAME);
      expect(title).not.toMatch(/Storybook/i);
    });

    it('shows the brand as text, with no Storybook logo', async () => {
      const header = page.locator('.sidebar-header');
      const brand = header.getByRole('link', { name: BRAND_NAME });
      await expect.poll(() => brand.innerText()).toBe(BRAND_NAME);
      expect(await header.locator('img, svg[alt], [alt*="Storybook" i], svg title').count()).toBe(0);
      expect(await header.innerText()).not.toMatch(/Storybook/i);
    });

    it('names the sidebar banner Council Components for screen readers', async () => {
      expect(await page.locator('#global-site-h1').textContent()).toBe(BRAND_NAME);
      await expect.poll(() => page.getByRole('banner', { name: BRAND_NAME }).count()).toBe(1);
    });

    it('shows no onboarding checklist and no Storybook name', async () => {
      // Switched off for `storybook dev` too, where Storybook would show them (main.ts).
      expect(
        await page.evaluate(() => (window as unknown as { FEATURES: Record<string, boolean> }).FEATURES),
      ).toMatchObject({ sidebarOnboardingChecklist: false, menuOnboardingChecklist: false });
      const shown = await page.locator('body').innerText();
      expect(shown).not.toMatch(/Get started|onboarding|Level up|Become an expert/i);
      expect(shown).not.toMatch(/Storybook/i);
    });

    it('sets its text in the system font stack, not Nunito Sans', async () => {
      const fontFamily = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(fontFamily).toMatch(/^system-ui,/);
      expect(fontFamily).not.toMatch(/Nunito/i);
      // Storybook's pages declare Nunito Sans, the chrome's and the preview's (iframe.html): the browser downloads it
      // only if something is set in it. The docs pages' theme (preview.ts) and Storybook's own preview screens
      // (preview-head.html) use the system stack too.
      expect(requested.filter((url) => /nunito/i.test(url))).toEqual([]);
    });

    it('asks no host but its own for anything', () => {
      expect(requested.length).toBeGreaterThan(0);
      const elsewhere = requested.filter((url) => !url.startsWith(site.url) && !/^(?:data|blob):/.test(url));
      expect(elsewhere).toEqual([]);
    });

    it('runs without errors', () => {
      expect(pageErrors).toEqual([]);
    });
  });
});
