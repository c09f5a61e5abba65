import { expect, type Locator, test } from '@playwright/test';

test.describe('lesson page', () => {
  test('has the title, reading time, outline, table of contents and pager', async ({ page }) => {
    await page.goto('/en/learn/what-is-a-session');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is a session?');
    await expect(page.getByText(/^\d+ min read$/)).toBeVisible();
    const outline = page.getByRole('navigation', { name: 'Course outline' });
    await expect(outline.getByRole('link', { name: /What is a session\?/ })).toHaveAttribute('aria-current', 'page');
    const toc = page.getByRole('complementary').getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link', { name: 'HTTP forgets everything' })).toHaveAttribute('href', '#http-forgets');
  });

  test('the table of contents follows the scroll', async ({ page }) => {
    await page.goto('/en/learn/what-is-a-session');
    const toc = page.getByRole('complementary').getByRole('navigation', { name: 'On this page' });
    await page.evaluate(() =>
      window.scrollTo({
        top: document.getElementById('use-cases')!.getBoundingClientRect().top + window.scrollY - 80,
        behavior: 'instant',
      }),
    );
    await expect(toc.locator('[aria-current="location"]')).toHaveText('Where sessions are used');

    // Jumps that pass no heading through the window still move the mark: to the end, and back.
    const reached = await page.evaluate(() => {
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      const headings = [...document.querySelectorAll('.lesson-prose > h2[id], .lesson-prose > h3[id]')];
      return headings.findLast((heading) => heading.getBoundingClientRect().top <= 130)!.id;
    });
    expect(reached).not.toBe('use-cases');
    await expect(toc.locator('[aria-current="location"]')).toHaveAttribute('href', `#${reached}`);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect(toc.locator('[aria-current="location"]')).toHaveText('What you will learn');
  });

  test('headings carry the same stable IDs in both languages', async ({ page }) => {
    const ids = async (path: string) => {
      await page.goto(path);
      return page.locator('.lesson-prose > h2[id], .lesson-prose > h3[id]').evaluateAll((els) => els.map((el) => el.id));
    };
    const hi = await ids('/hi-latn/learn/what-is-a-session');
    expect(hi.length).toBeGreaterThan(5);
    expect(await ids('/en/learn/what-is-a-session')).toEqual(hi);
  });

  test('code is highlighted at build time, with a file label and highlighted lines', async ({ page }) => {
    await page.goto('/en/learn/what-is-a-session');
    const block = page.locator('figure', { has: page.getByText('server.js', { exact: true }) }).first();
    await expect(block.locator('pre.shiki')).toBeVisible();
    await expect(block.locator('.line.highlighted')).toHaveCount(6);
    await expect(block.locator('pre span[style*="--shiki-dark"]').first()).toBeAttached();
  });

  test('shell commands render as a terminal', async ({ page }) => {
    await page.goto('/en/learn/what-is-a-session');
    await expect(page.locator('figure[data-terminal]').first().getByText('Terminal')).toBeVisible();
  });
});

test.describe('in-page links', () => {
  // The header is sticky and `scroll-padding-top` is 5rem: a section link must leave its heading
  // just below the header, whatever the lesson holds above it (demos, code, long text).
  // Scrolling is smooth (unless the reader asked for reduced motion), so wait for it to settle.
  const landsUnderHeader = async (heading: Locator) => {
    await expect
      .poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top)), { timeout: 8_000 })
      .toBeGreaterThanOrEqual(70);
    await expect
      .poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top)), { timeout: 8_000 })
      .toBeLessThanOrEqual(90);
  };

  for (const width of [390, 1280]) {
    test(`a section link lands its heading under the header at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/en/learn/session-options');
      await page.waitForLoadState('networkidle');
      const ids = await page.locator('.lesson-prose > h2[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
      expect(ids.length).toBeGreaterThan(5);
      for (const id of [ids[3]!, ids[ids.length - 2]!]) {
        await page.evaluate((target) => (window.location.hash = target), id);
        await landsUnderHeader(page.locator(`h2[id="${id}"]`));
      }
    });
  }

  // Chromium drops a jump to a fragment made while a smooth scroll is running; the page finishes
  // it (components/lesson/section-link-landing.tsx).
  test('a section link followed while the page still glides to the last one lands its heading', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/learn/session-options');
    await page.waitForLoadState('networkidle');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          addEventListener('scroll', () => resolve(), { once: true });
          window.location.hash = 'resave';
        }),
    );
    await page.evaluate(() => (window.location.hash = 'try-it'));
    await landsUnderHeader(page.locator('h2[id="try-it"]'));
  });

  test('a table-of-contents link lands its heading under the header', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/learn/session-options');
    await page.waitForLoadState('networkidle');
    const link = page.locator('aside').getByRole('link').nth(10);
    const id = ((await link.getAttribute('href')) ?? '').slice(1);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await landsUnderHeader(page.locator(`[id="${id}"]`));
  });
});

test.describe('copy button', () => {
  test('puts the code, without diff markers, on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/learn/what-is-a-session');
    const block = page.locator('figure', { has: page.getByText('server.js', { exact: true }) }).first();
    await block.getByRole('button', { name: 'Copy code' }).click();
    await expect(block.getByRole('button', { name: 'Copy code' })).toHaveText('Copied!');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard.split('\n')[0]).toBe("const express = require('express');");
    expect(clipboard).toContain("secret: 'your_secret_key',");
    expect(clipboard).not.toContain('[!code');
  });
});

test.describe('quiz', () => {
  for (const { segment, right, wrong, retry } of [
    { segment: 'hi-latn', right: 'Sahi jawab!', wrong: 'Yeh sahi nahi hai.', retry: 'Dobara koshish kijiye' },
    { segment: 'en', right: 'Correct!', wrong: 'Not quite.', retry: 'Try again' },
    { segment: 'hi', right: 'सही जवाब!', wrong: 'यह सही नहीं है।', retry: 'फिर से कोशिश कीजिए' },
  ]) {
    test(`gives announced feedback for wrong and right answers by keyboard (${segment})`, async ({ page }) => {
      await page.goto(`/${segment}/learn/what-is-a-session`);
      const question = page.locator('[data-quiz] > ol > li').first();
      const options = question.getByRole('group').getByRole('button');
      await expect(options).toHaveCount(4);

      await options.nth(0).focus();
      await page.keyboard.press('Enter');
      const status = question.getByRole('status');
      await expect(status).toContainText(wrong);
      await expect(options.nth(0)).toHaveAttribute('aria-pressed', 'true');

      await question.getByRole('button', { name: retry }).focus();
      await page.keyboard.press('Enter');
      await expect(status).toHaveText('');
      await options.nth(0).focus();
      await page.keyboard.press('Tab');
      await expect(options.nth(1)).toBeFocused();
      await page.keyboard.press('Space');
      await expect(status).toContainText(right);
      await expect(question.getByText(/Why it is right|Kyun sahi|यह सही क्यों है/)).toHaveCount(1);
      await expect(question.getByText(/Why it is wrong|Kyun galat|यह ग़लत क्यों है/)).toHaveCount(3);
    });
  }

  test('scores first tries only: a retry after the answer was shown does not count, and keeps the keyboard on the question', async ({
    page,
  }) => {
    await page.goto('/en/learn/what-is-a-session');
    const questions = page.locator('[data-quiz] > ol > li');
    const total = await questions.count();
    let firstTries = 0;
    for (let index = 0; index < total; index++) {
      const question = questions.nth(index);
      const options = question.getByRole('group').getByRole('button');
      await options.nth(0).click();
      const status = question.getByRole('status');
      await expect(status).not.toHaveText('');
      if ((await status.textContent())?.includes('Correct!')) {
        firstTries++;
        continue;
      }
      const rightText = /The right answer: (.+)$/.exec((await status.textContent()) ?? '')?.[1]?.trim() ?? '';
      await question.getByRole('button', { name: 'Try again' }).click();
      await expect(options.nth(0)).toBeFocused();
      await options.filter({ hasText: rightText }).first().click();
      await expect(status).toContainText('Correct!');
    }
    // The quiz is only a test of this if some first answer was wrong.
    expect(firstTries).toBeLessThan(total);
    await expect(page.locator('[data-quiz]').getByRole('status').last()).toHaveText(`${firstTries} of ${total} right on the first try`);
  });
});

test.describe('printing a lesson', () => {
  test('prints as a handout: the title, text, code and recap, without site chrome, demos or quiz', async ({ page }) => {
    await page.goto('/en/learn/login-with-sessions');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-site-header]')).toBeHidden();
    await expect(page.locator('footer').first()).toBeHidden();
    await expect(page.locator('[data-lab-demo]').first()).toBeHidden();
    await expect(page.locator('[data-quiz]')).toBeHidden();
    await expect(page.locator('pre').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Remember' })).toBeVisible();
  });
});
