#!/usr/bin/env node
// Issue 18's phone screenshots of a lesson, in Hinglish at 360×780:
// `node scripts/lesson-phone-screenshots.mjs <origin> [out-dir]` writes
// try-it-phone-{light,dark}.png: cookies-101's "Khud karke dekhiye", the login command run from
// the page and its answer under the button;
// glossary-popover-phone.png: a glossary word tapped in express-session-setup, its popover open.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const [, , origin, outDir = 'docs/screenshots'] = process.argv;
if (!origin) throw new Error('lesson-phone-screenshots: usage: <origin> [out-dir]');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

async function phone(theme) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
    colorScheme: theme,
  });
  await context.addInitScript((value) => window.localStorage.setItem('pathshala.theme', value), theme);
  return context;
}

for (const theme of ['light', 'dark']) {
  const context = await phone(theme);
  const page = await context.newPage();
  await page.goto(`${origin}/hi-latn/learn/cookies-101#try-it`, { waitUntil: 'networkidle' });
  const login = page.locator('figure[data-terminal]').filter({ has: page.locator('pre', { hasText: '/api/demo/login' }) });
  await login.getByRole('button', { name: /Yahin chalaiye/ }).tap();
  await login
    .getByTestId('try-response')
    .filter({ hasText: /^HTTP\/1\.1 200/ })
    .waitFor();
  // The button near the top, under the sticky header, so the answer below it fills the screen.
  await login
    .getByRole('button', { name: /Yahin chalaiye/ })
    .evaluate((node) => window.scrollTo(0, node.getBoundingClientRect().top + window.scrollY - 80));
  await page.screenshot({ path: path.join(outDir, `try-it-phone-${theme}.png`) });
  await context.close();
}

{
  const context = await phone('light');
  const page = await context.newPage();
  await page.goto(`${origin}/hi-latn/learn/express-session-setup`, { waitUntil: 'networkidle' });
  const term = page.locator('main a[data-glossary-term][href="/hi-latn/glossary#store-get"]').first();
  await term.evaluate((node) => node.scrollIntoView({ block: 'center' }));
  await term.tap();
  await page.getByRole('dialog', { name: 'Glossary: store.get' }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'glossary-popover-phone.png') });
  await context.close();
}
await browser.close();
