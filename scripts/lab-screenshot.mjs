#!/usr/bin/env node
// The README's cart-lab screenshots: logs in as riya, adds a chai and a samosa, and takes the
// cart lab with its inspector. `node scripts/lab-screenshot.mjs <origin> <locale> <light|dark> <out.png> [width]`
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const [, , origin, locale = 'en', theme = 'light', out, width = '1280'] = process.argv;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
const headers = { 'content-type': 'application/json', 'x-pathshala-locale': locale };
await context.request.post(`${origin}/api/demo/login`, { headers, data: { username: 'riya', password: 'chai-1234' } });
for (const productId of ['chai', 'samosa']) await context.request.post(`${origin}/api/demo/cart`, { headers, data: { productId, qty: 1 } });
const page = await context.newPage();
await page.goto(`${origin}/${locale}/lab/cart`, { waitUntil: 'networkidle' });
await page.getByTestId('decoded-cookie').waitFor({ state: 'attached' });
await page.screenshot({ path: out });
await browser.close();
