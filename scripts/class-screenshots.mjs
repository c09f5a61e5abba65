#!/usr/bin/env node
// Screenshots of a live class for docs/screenshots/, against a running site whose class has
// students in it (`npm run class-join`):
//   node scripts/class-screenshots.mjs <origin> [out-dir=docs/screenshots]
// The instructor token is INSTRUCTOR_TOKEN or the one in .data/instructor-token.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const [, , origin = 'http://localhost:3000', dir = 'docs/screenshots'] = process.argv;
const token = process.env.INSTRUCTOR_TOKEN?.trim() || readFileSync('.data/instructor-token', 'utf8').trim();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

async function shoot(path, out, viewport, { theme = 'light', instructor = false, full = false } = {}) {
  const context = await browser.newContext({ viewport, colorScheme: theme, baseURL: origin });
  if (instructor) await context.request.post('/api/instructor/login', { data: { token } });
  const page = await context.newPage();
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.screenshot({ path: `${dir}/${out}`, fullPage: full });
  console.log(`${dir}/${out}`);
  await context.close();
}

await shoot('/en/instructor/join', 'class-join-slide-1280x720.png', { width: 1280, height: 720 }, { instructor: true });
await shoot('/en/instructor/join?class=hi-latn', 'class-join-slide-1920x1080.png', { width: 1920, height: 1080 }, { instructor: true });
await shoot('/en/instructor', 'class-dashboard-30-students-1920x1080.png', { width: 1920, height: 1080 }, { instructor: true });
await shoot(
  '/hi-latn/instructor',
  'class-dashboard-30-students-hi-latn-dark-1280x720.png',
  { width: 1280, height: 720 },
  { instructor: true, theme: 'dark' },
);
await shoot('/en/learn/cookies-101/handout', 'handout-cookies-101-en.png', { width: 900, height: 1200 }, { full: true });
await browser.close();
