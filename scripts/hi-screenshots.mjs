#!/usr/bin/env node
// Issue 22's screenshots of the Devanagari (`hi`) pages, to look for clipped matras and conjuncts:
// `node scripts/hi-screenshots.mjs <origin> [out-dir]` writes, for 360 and 1280 px wide, light and dark,
//   hi-lesson-<width>-<theme>.png     the top of a lesson (title, summary, first headings),
//   hi-cart-lab-<width>-<theme>.png   the cart lab with Riya logged in; at 360 px the Inspector tab,
//   hi-menu-360-light.png             the language menu open on a phone.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const [, , origin, outDir = 'docs/screenshots'] = process.argv;
if (!origin) throw new Error('hi-screenshots: usage: <origin> [out-dir]');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const width of [360, 1280]) {
  for (const theme of ['light', 'dark']) {
    const phone = width < 500;
    const context = await browser.newContext({
      viewport: { width, height: phone ? 780 : 900 },
      deviceScaleFactor: phone ? 2 : 1,
      hasTouch: phone,
      isMobile: phone,
      colorScheme: theme,
    });
    await context.addInitScript((value) => window.localStorage.setItem('pathshala.theme', value), theme);
    const page = await context.newPage();
    await page.goto(`${origin}/hi/learn/what-is-a-session`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(outDir, `hi-lesson-${width}-${theme}.png`) });

    if (phone && theme === 'light') {
      await page.locator('[data-language-switch] summary').tap();
      await page.locator('[data-language-switch] ul').waitFor();
      await page.screenshot({ path: path.join(outDir, 'hi-menu-360-light.png') });
    }

    const headers = { 'content-type': 'application/json', 'x-pathshala-locale': 'hi' };
    await context.request.post(`${origin}/api/demo/login`, { headers, data: { username: 'riya', password: 'chai-1234' } });
    for (const productId of ['chai', 'samosa'])
      await context.request.post(`${origin}/api/demo/cart`, { headers, data: { productId, qty: 1 } });
    await page.goto(`${origin}/hi/lab/cart`, { waitUntil: 'networkidle' });
    await page.getByTestId('greeting').waitFor();
    await page.evaluate(() => document.fonts.ready);
    if (phone) {
      await page.getByRole('tab', { name: /^Inspector/ }).tap();
      await page.getByTestId('inspector-experiments').waitFor();
      await page.getByRole('tab', { name: /^Inspector/ }).evaluate((tab) => tab.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    await page.getByTestId('decoded-cookie').waitFor({ state: 'attached' });
    await page.screenshot({ path: path.join(outDir, `hi-cart-lab-${width}-${theme}.png`) });
    await context.close();
  }
}
await browser.close();
