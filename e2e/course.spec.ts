import { createHmac } from 'node:crypto';
import { expect, test } from '@playwright/test';

test.describe('search', () => {
  test('opens with / and finds a lesson by a Hinglish word', async ({ page }) => {
    await page.goto('/hi-latn', { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Lessons mein dhoondhiye' });
    await expect(box).toBeFocused();
    await box.fill('bhool jaata');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toContainText('Session kya hota hai?');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/hi-latn\/learn\/what-is-a-session(#[a-z-]+)?$/);
  });

  test('finds a hi lesson by a Devanagari word and by a Latin term inside Devanagari text', async ({ page }) => {
    await page.goto('/hi/learn', { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Lessons में ढूँढिए' });
    await expect(box).toBeFocused();
    await box.fill('regenerate पहले');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toBeVisible();
    await box.fill('short-term memory');
    await expect(options.first()).toContainText('Session क्या होता है?');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/hi\/learn\/what-is-a-session(#[a-z-]+)?$/);
  });

  test('opens with Ctrl+K and says when nothing is found', async ({ page }) => {
    await page.goto('/en/learn', { waitUntil: 'networkidle' });
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search the lessons' });
    await box.fill('zzqqxx');
    await expect(page.getByRole('listbox')).toContainText('Nothing found');
  });
});

test.describe('progress', () => {
  test('marking a lesson done survives a reload and shows in the sidebar', async ({ page }) => {
    await page.goto('/en/learn/what-is-a-session');
    await expect(page.getByTestId('course-progress')).toContainText('0 of 13 lessons done');
    await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
    await expect(page.getByRole('button', { name: 'Lesson done' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Lesson done' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('course-progress')).toContainText('1 of 13 lessons done');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pathshala.progress') ?? '{}'));
    expect(Object.keys(stored.done)).toEqual(['what-is-a-session']);
    expect(await page.context().cookies()).not.toContainEqual(expect.objectContaining({ name: expect.stringContaining('progress') }));
  });

  test('passing the quiz marks the lesson done, and home offers to continue', async ({ page }) => {
    await page.goto('/en/learn/what-is-a-session');
    const questions = page.locator('[data-quiz] > ol > li');
    const count = await questions.count();
    for (let index = 0; index < count; index++) {
      const question = questions.nth(index);
      const options = question.getByRole('group').getByRole('button');
      // Try each option until this question says it is right.
      for (let option = 0; option < (await options.count()); option++) {
        await options.nth(option).click();
        if ((await question.getByRole('status').textContent())?.includes('Correct!')) break;
        await question.getByRole('button', { name: 'Try again' }).click();
      }
    }
    await expect(page.getByText('Quiz passed! This lesson is marked done.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lesson done' })).toBeVisible();
    await page.goto('/en');
    await expect(page.getByTestId('continue-card')).toContainText('Continue: What is a session?');
  });
});

test.describe('glossary', () => {
  test('defines the terms in both languages with stable anchors', async ({ page }) => {
    await page.goto('/en/glossary#httponly');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
    await expect(page.locator('#httponly')).toContainText('document.cookie');
    await page.goto('/hi-latn/glossary');
    await expect(page.locator('#session-fixation')).toContainText('regenerate');
  });
});

test.describe('signature playground', () => {
  test('signs like the engine and rejects a changed character', async ({ page }) => {
    await page.goto('/en/learn/session-id-and-signing');
    const widget = page.locator('[data-widget="signature-playground"]');
    await widget.getByLabel('Session ID').fill('abc123');
    await widget.getByLabel('Secret (the first one — it signs)').fill('keyboard cat');
    const expected = createHmac('sha256', 'keyboard cat').update('abc123').digest('base64').replace(/=+$/, '');
    await expect(widget.getByTestId('signed-value')).toHaveText(`s:abc123.${expected}`);
    await expect(widget.getByRole('status')).toContainText('Valid');
    const cookie = widget.getByLabel('Cookie value');
    const value = await cookie.inputValue();
    await cookie.fill(value.slice(0, -1) + (value.endsWith('A') ? 'B' : 'A'));
    await expect(widget.getByRole('status')).toContainText('The signature does not match');
    await widget.getByLabel('Old secret (verifies only, for rotation)').fill('keyboard cat');
    await widget.getByLabel('Secret (the first one — it signs)').fill('new secret');
    await cookie.fill(`s:abc123.${expected}`);
    await expect(widget.getByRole('status')).toContainText('verified by the old secret');
  });
});
