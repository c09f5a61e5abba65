#!/usr/bin/env node
// Issue 18's phone screenshots of the cart lab, before and after an experiment, in Hinglish:
// `node scripts/cart-lab-phone-screenshots.mjs <origin> <out-dir>` writes
// cart-lab-phone-{before,after}-{light,dark}.png at 360×780.
// Before: Riya's cart on the Demo tab, one more chai just added (the Inspector tab marks it).
// After: the Inspector tab, "Signature tamper kijiye" tapped, its result under the button.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const [, , origin, outDir = 'docs/screenshots'] = process.argv;
if (!origin) throw new Error('cart-lab-phone-screenshots: usage: <origin> [out-dir]');
const locale = 'hi-latn';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const theme of ['light', 'dark']) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
    colorScheme: theme,
  });
  await context.addInitScript((value) => window.localStorage.setItem('pathshala.theme', value), theme);
  const headers = { 'content-type': 'application/json', 'x-pathshala-locale': locale };
  await context.request.post(`${origin}/api/demo/login`, { headers, data: { username: 'riya', password: 'chai-1234' } });
  await context.request.post(`${origin}/api/demo/cart`, { headers, data: { productId: 'samosa', qty: 1 } });
  const page = await context.newPage();
  await page.goto(`${origin}/${locale}/lab/cart`, { waitUntil: 'networkidle' });
  await page.getByTestId('greeting').waitFor();
  await page.getByRole('button', { name: 'Masala chai add kijiye' }).tap();
  await page.getByTestId('changed-dot').waitFor();
  await page.getByTestId('cart').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(outDir, `cart-lab-phone-before-${theme}.png`) });

  await page.getByRole('tab', { name: /^Inspector/ }).tap();
  const experiment = page.getByTestId('inspector-experiments').getByRole('listitem').first();
  await experiment.getByRole('button').tap();
  await experiment.getByTestId('experiment-result').filter({ hasText: /\S/ }).waitFor();
  await page.getByTestId('greeting').waitFor({ state: 'detached' });
  await experiment.evaluate((node) => node.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: path.join(outDir, `cart-lab-phone-after-${theme}.png`) });
  await context.close();
}
await browser.close();
