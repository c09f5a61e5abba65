import { expect, type Locator, type Page, test } from '@playwright/test';
import { waitForHydration } from './helpers';

// Issue 18: the lab on a phone. The demo shows the server's truth after every experiment, each
// experiment answers under the button that was tapped, and the Inspector tab says what changed.

test.beforeEach(async ({ context }, testInfo) => {
  await context.setExtraHTTPHeaders({
    'x-forwarded-for': `10.18.${testInfo.workerIndex}.${Math.floor(Math.random() * 250) + 1}`,
  });
});

async function logInAsRiya(page: Page, segment: 'hi-latn' | 'en') {
  await page.goto(`/${segment}/lab/login`);
  const login = page.getByRole('button', { name: segment === 'en' ? 'Log in' : 'Login kijiye' });
  await waitForHydration(login);
  await page.getByLabel('Username').fill('riya');
  await page.getByLabel('Password').fill('chai-1234');
  await login.click();
  await expect(page.getByTestId('greeting')).toHaveText('Namaste, Riya!');
}

/** Riya logged in, one chai in the cart, on the Hinglish cart lab. */
async function riyaWithChai(page: Page) {
  await logInAsRiya(page, 'hi-latn');
  await page.goto('/hi-latn/lab/cart');
  await expect(page.getByTestId('greeting')).toHaveText('Namaste, Riya!');
  const add = page.getByRole('button', { name: 'Masala chai add kijiye' });
  await waitForHydration(add);
  await add.click();
  await expect(page.getByTestId('qty-chai')).toHaveText('1');
  await expect(page.getByTestId('store-entry')).toContainText('"username": "riya"');
}

async function whoAmI(page: Page) {
  const response = await page.request.get('/api/demo/me');
  return ((await response.json()) as { user: unknown }).user;
}

/** The experiment's button and the line under it. */
function experiment(page: Page, name: string): { button: Locator; result: Locator } {
  const item = page
    .getByTestId('inspector-experiments')
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name }) });
  return { button: item.getByRole('button', { name }), result: item.getByTestId('experiment-result') };
}

test.describe('the demo shows the server’s truth', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const { name, result } of [
    { name: 'Abhi expire kijiye', result: 'Store se session mita diya — agli request par server aapko nahi pehchanega.' },
    { name: 'Signature tamper kijiye', result: 'Signature badal di — agli request reject hogi.' },
    { name: 'Meri cookie bhool jaiye', result: 'Browser ne cookie bhula di — agli request bina cookie ke jayegi.' },
  ]) {
    test(`after "${name}" the greeting and the cart follow /api/demo/me, and the result shows under the button`, async ({ page }) => {
      await riyaWithChai(page);
      const { button, result: line } = experiment(page, name);
      await button.click();
      await expect(line).toHaveText(result);
      await expect(page.getByTestId('greeting')).toHaveCount(0);
      await expect(page.getByTestId('cart')).toContainText('Cart khaali hai');
      expect(await whoAmI(page)).toBeNull();
      await page.getByRole('button', { name: 'Masala chai add kijiye' }).click();
      await expect(page.getByTestId('qty-chai')).toHaveText('1');
      await expect(page.getByTestId('greeting')).toHaveCount(0);
    });
  }

  test('a session ended elsewhere (as by "Expire all"): the next cart answer also brings the greeting up to date', async ({ page }) => {
    await riyaWithChai(page);
    // The same browser's cookie, from outside the page: nothing in this tab hears of it.
    const expired = await page.request.post('/api/inspect/expire');
    expect(expired.ok()).toBe(true);
    await page.getByRole('button', { name: 'Masala chai ek aur' }).click();
    await expect(page.getByTestId('qty-chai')).toHaveText('1');
    await expect(page.getByTestId('greeting')).toHaveCount(0);
  });

  test('a logout in another tab reaches the cart demo in this one', async ({ context, page }) => {
    await riyaWithChai(page);
    const other = await context.newPage();
    await other.goto('/hi-latn/lab/login');
    const logout = other.getByRole('button', { name: 'Logout', exact: true });
    await waitForHydration(logout);
    await logout.click();
    await expect(other.getByLabel('Username')).toBeVisible();
    await expect(page.getByTestId('greeting')).toHaveCount(0);
    await expect(page.getByTestId('cart')).toContainText('Cart khaali hai');
  });

  test('the login demo forgets Riya after "Abhi expire kijiye"', async ({ page }) => {
    await logInAsRiya(page, 'hi-latn');
    await expect(page.getByTestId('store-entry')).toContainText('"username": "riya"');
    await experiment(page, 'Abhi expire kijiye').button.click();
    await expect(page.getByTestId('greeting')).toHaveCount(0);
    await expect(page.getByLabel('Username')).toBeVisible();
  });

  test('an experiment without a session says so under its button', async ({ page }) => {
    await page.goto('/en/lab/cart');
    const { button, result } = experiment(page, 'Tamper with the signature');
    await waitForHydration(button);
    await button.click();
    await expect(result).toHaveText('No session cookie to tamper with yet — add something to the cart first.');
  });
});

test.describe('the inspector’s wording', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a first visit is “no cookie yet”, not a rejection; the store count is the whole site’s', async ({ page }) => {
    await page.goto('/hi-latn/lab/cart');
    const verdict = page.getByTestId('cookie-verdict');
    await expect(verdict).toHaveText('Abhi koi session cookie nahi — server ke liye aap naye visitor hain.');
    await expect(verdict.locator('[data-icon="cross"]')).toHaveCount(0);
    await expect(page.getByTestId('store-kind')).toContainText('Poori site ka store (sabhi visitors):');
  });

  test('forget and tamper leave the entry in the store: the browser stopped pointing at it', async ({ page }) => {
    await riyaWithChai(page);
    await experiment(page, 'Meri cookie bhool jaiye').button.click();
    const note = page.getByTestId('removed-keys');
    await expect(note).toContainText('mitaya nahi gaya');
    await expect(note).not.toContainText('Hataye gaye');
  });

  test('expire really removes the entry, and says so', async ({ page }) => {
    await riyaWithChai(page);
    await experiment(page, 'Abhi expire kijiye').button.click();
    await expect(page.getByTestId('removed-keys')).toContainText('Store se mita diye gaye keys');
  });

  test('a login with no earlier session does not promise an old sid', async ({ page }) => {
    await logInAsRiya(page, 'en');
    await expect(page.getByTestId('login-status')).toHaveText(
      'Logged in. The server started a new session — see its sid in the inspector.',
    );
  });

  test('a login over an earlier session names the old and the new sid', async ({ page }) => {
    await page.goto('/en/lab/cart');
    const add = page.getByRole('button', { name: 'Add Samosa' });
    await waitForHydration(add);
    await add.click();
    await expect(page.getByTestId('qty-samosa')).toHaveText('1');
    await logInAsRiya(page, 'en');
    await expect(page.getByTestId('login-status')).toHaveText(
      'Logged in. The session ID changed — see the old and new sid in the inspector.',
    );
  });
});

test.describe('on a phone (360×780)', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true });

  test('the tabs stay in reach, the Inspector tab says what changed, and opens on the Store', async ({ page }) => {
    await page.goto('/hi-latn/lab/cart');
    const tabs = page.getByRole('tablist', { name: 'Demo aur inspector' });
    const inspectorTab = tabs.getByRole('tab', { name: /^Inspector/ });
    await expect(inspectorTab).toHaveAccessibleName('Inspector');
    const add = page.getByRole('button', { name: 'Masala chai add kijiye' });
    await waitForHydration(add);
    await add.tap();
    await expect(page.getByTestId('qty-chai')).toHaveText('1');
    // The first add starts the session: the store entry and the cookie both changed.
    await expect(inspectorTab).toHaveAccessibleName('Inspector (badla: Store, Cookie)');
    await expect(inspectorTab.getByTestId('changed-dot')).toBeVisible();

    // Far down the page (the race lab), the tabs are still on screen.
    await page.getByTestId('race-locked').scrollIntoViewIfNeeded();
    await expect(tabs).toBeInViewport();

    await inspectorTab.tap();
    await expect(page.getByTestId('inspector-store')).toBeInViewport();
    await expect(page.getByTestId('store-entry')).toContainText('"chai"');
    await expect(inspectorTab).toHaveAccessibleName('Inspector');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('the stateless lab’s Inspector tab marks a changed cookie too, and opens on the seal', async ({ page }) => {
    await page.goto('/hi-latn/lab/stateless');
    const inspectorTab = page.getByRole('tablist', { name: 'Demo aur inspector' }).getByRole('tab', { name: /^Inspector/ });
    await expect(inspectorTab).toHaveAccessibleName('Inspector');
    const add = page.getByRole('button', { name: 'Masala chai add kijiye' });
    await waitForHydration(add);
    await add.tap();
    await expect(page.getByTestId('stateless-qty-chai')).toHaveText('1');
    // Nothing is stored on the server here: the cookie is all that changed.
    await expect(inspectorTab).toHaveAccessibleName('Inspector (badla: Cookie)');
    await expect(inspectorTab.getByTestId('changed-dot')).toBeVisible();

    await inspectorTab.tap();
    await expect(page.getByTestId('seal-size')).toBeInViewport();
    await expect(page.getByTestId('seal-data')).toContainText('"chai"');
    await expect(inspectorTab).toHaveAccessibleName('Inspector');
    await expect(inspectorTab.getByTestId('changed-dot')).toHaveCount(0);

    // A second add, seen from the Demo tab, marks it again.
    await page.getByRole('tab', { name: 'Demo' }).tap();
    await page.getByRole('button', { name: 'Masala chai add kijiye' }).tap();
    await expect(page.getByTestId('stateless-qty-chai')).toHaveText('2');
    await expect(inspectorTab).toHaveAccessibleName('Inspector (badla: Cookie)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('the timeline’s store words are explained on tap', async ({ page }) => {
    await page.goto('/en/lab/cart');
    const add = page.getByRole('button', { name: 'Add Samosa' });
    await waitForHydration(add);
    await add.tap();
    await page.getByRole('tab', { name: /^Inspector/ }).tap();
    const legend = page.getByTestId('timeline-legend');
    await expect(legend.getByText('touch:')).toBeHidden();
    await legend.getByText('What do get, set, touch, destroy mean?').tap();
    await expect(legend.getByText('touch:')).toBeVisible();
  });

  test('every tap target in the demo and the inspector is at least 44×44 px', async ({ page }) => {
    await riyaWithChai(page);
    const measure = async () =>
      page.evaluate(() => {
        const small: string[] = [];
        const targets = document.querySelectorAll<HTMLElement>(
          '[role="tablist"] [role="tab"], [role="tabpanel"] button, [role="tabpanel"] summary, [role="tabpanel"] a',
        );
        for (const target of targets) {
          const box = target.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue; // not shown in this tab
          if (box.width < 44 || box.height < 44)
            small.push(
              `${target.getAttribute('aria-label') ?? target.textContent?.trim()}: ${Math.round(box.width)}×${Math.round(box.height)}`,
            );
        }
        return small;
      });
    expect(await measure()).toEqual([]);
    await page.getByRole('tab', { name: /^Inspector/ }).tap();
    await expect(page.getByTestId('inspector-store')).toBeVisible();
    expect(await measure()).toEqual([]);
  });
});
