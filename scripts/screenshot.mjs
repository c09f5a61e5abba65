#!/usr/bin/env node
// Takes PNG screenshots of a running site for a person to look at:
//   node scripts/screenshot.mjs <url> <out.png> [width=1280] [light|dark] [scrollY|#id]
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const [, , url, out, width = '1280', theme = 'light', scroll = '0'] = process.argv;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
const response = await page.goto(url, { waitUntil: 'networkidle' });
if (scroll.startsWith('#')) await page.locator(scroll).scrollIntoViewIfNeeded();
else await page.evaluate((y) => window.scrollTo(0, y), Number(scroll));
await page.waitForTimeout(200);
console.log(response?.status(), await page.locator('html').getAttribute('lang'), await page.locator('h1').first().textContent());
if (out) await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
