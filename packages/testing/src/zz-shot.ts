import { chromium } from 'playwright-core';
import { serveFolder } from '/work/main/packages/testing/src/static-server.ts';
import { chromiumLaunchOptions } from '/work/main/packages/testing/src/chromium.ts';
const site = await serveFolder('/work/main/apps/docs/storybook-static');
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 900, height: 1400 } });
for (const [id, file] of process.argv.slice(2).map((a) => a.split('='))) {
  await page.goto(`${site.url}iframe.html?id=${id}&viewMode=story&globals=lang:en`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: file, fullPage: true });
}
await browser.close(); await site.close();
