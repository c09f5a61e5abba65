import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { format } from '@/lib/i18n/format';
import { labsMessages } from '@/lib/i18n/messages/labs';
import { PRODUCTS } from '@/lib/shop/products';
import { expectNoAxeViolations, locales, useTheme } from './helpers';

// Failed logins are limited per client address; give every test its own address.
test.beforeEach(async ({ context }, testInfo) => {
  await context.setExtraHTTPHeaders({
    'x-forwarded-for': `10.${testInfo.workerIndex}.${testInfo.repeatEachIndex}.${Math.floor(Math.random() * 250) + 1}`,
  });
});

/**
 * A Chromium profile whose third-party cookie setting is fixed either way, so the embedded-image
 * row is tested against both answers a browser can give rather than whatever its default is.
 * `profile.cookie_controls_mode` is Chromium's own preference: 0 allows them, 1 blocks them.
 */
async function browserWithThirdPartyCookies(allowed: boolean): Promise<BrowserContext> {
  // Inside the test's output directory, which Playwright empties before the next run.
  const dir = test.info().outputPath(`profile-third-party-${allowed ? 'allowed' : 'blocked'}`);
  await mkdir(join(dir, 'Default'), { recursive: true });
  await writeFile(
    join(dir, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: allowed ? 0 : 1, block_third_party_cookies: !allowed } }),
  );
  return chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), args: chromiumArgs });
}

async function setProtection(page: Page, label: string, on: boolean) {
  await page.getByLabel(label).setChecked(on);
}

for (const { segment } of locales) {
  const t = labsMessages(segment);
  const outcome = (page: Page) => page.getByTestId('lab-outcome');

  test.describe(`security labs in ${segment}`, () => {
    test('fixation: without regenerate the planted ID is logged in; with it, the copy is dead', async ({ page }) => {
      await page.goto(`/${segment}/lab/security/fixation`);
      for (const regenerate of [false, true]) {
        await setProtection(page, t.fixation.toggle, regenerate);
        const plantedBefore = regenerate ? await page.getByTestId('fixation-planted').textContent() : '';
        await page.getByRole('button', { name: t.fixation.plant }).click();
        await expect(page.getByTestId('fixation-planted')).not.toHaveText(plantedBefore ?? '');
        await page.getByRole('button', { name: t.fixation.login }).click();
        await expect(page.getByTestId('fixation-victim')).toBeVisible();
        await page.getByRole('button', { name: t.fixation.useCopy }).click();
        await expect(outcome(page)).toContainText(regenerate ? t.security.attackFailed : t.security.attackWorked);
        await expect(outcome(page)).toContainText(regenerate ? t.fixation.notHijacked : format(t.fixation.hijacked, { name: 'Riya' }));
        // "What happened" follows the outcome: a failed attack is not explained as a successful one.
        await expect(page.getByTestId('lab-why')).toHaveText(
          `${t.security.whatHappened} ${regenerate ? t.fixation.whyFailed : t.fixation.whyWorked}`,
        );
      }
      await page.getByRole('button', { name: t.security.reset }).click();
      await expect(page.getByText(t.security.resetDone)).toBeVisible();
      expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain('pathshala.sid');
    });

    test('xss: the script steals the cookie without HttpOnly, and gets nothing with it', async ({ page }) => {
      await page.goto(`/${segment}/lab/security/xss`);
      for (const httpOnly of [false, true]) {
        await setProtection(page, t.xss.toggle, httpOnly);
        await page.getByRole('button', { name: t.xss.login }).click();
        await expect(page.getByText(format(t.xss.loggedIn, { flag: httpOnly ? t.xss.withHttpOnly : t.xss.withoutHttpOnly }))).toBeVisible();
        await page.getByRole('button', { name: t.xss.runScript }).click();
        if (httpOnly) await expect(page.getByTestId('stolen-cookies')).not.toContainText('pathshala.lab-xss');
        else await expect(page.getByTestId('stolen-cookies')).toContainText('pathshala.lab-xss=s%3A');
        await page.getByRole('button', { name: t.xss.send }).click();
        await expect(outcome(page)).toContainText(httpOnly ? t.security.attackFailed : t.security.attackWorked);
      }
      await page.getByRole('button', { name: t.security.reset }).click();
      await expect(page.getByText(t.security.resetDone)).toBeVisible();
      expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain('pathshala.lab-xss');
    });

    test('replay: after logout the store session is refused while the seal is accepted, unless the seal was revoked', async ({ page }) => {
      await page.goto(`/${segment}/lab/security/replay`);
      for (const revoke of [false, true]) {
        await setProtection(page, t.replay.toggle, revoke);
        await page.getByRole('button', { name: t.replay.login }).click();
        await expect(page.getByText(t.replay.copied)).toBeVisible();
        await page.getByRole('button', { name: t.replay.logout }).click();
        await expect(page.getByText(t.replay.loggedOut)).toBeVisible();
        await page.getByRole('button', { name: t.replay.replay }).click();
        await expect(page.getByTestId('replay-store')).toHaveText(t.replay.refused);
        await expect(page.getByTestId('replay-sealed')).toHaveText(revoke ? t.replay.refused : format(t.replay.accepted, { name: 'Riya' }));
        await expect(outcome(page)).toContainText(revoke ? t.security.attackFailed : t.security.attackWorked);
      }
    });

    test('tampering: an edited plain cookie is charged at the edited price; an edited signed or sealed cookie is rejected', async ({
      page,
    }) => {
      await page.goto(`/${segment}/lab/security/tampering`);
      for (const [kind, label] of [
        ['plain', t.tampering.plainLabel],
        ['signed', t.tampering.signedLabel],
        ['sealed', t.tampering.sealedLabel],
      ] as const) {
        await page.getByLabel(label).check();
        await page.getByRole('button', { name: t.tampering.start }).click();
        await expect(page.getByLabel(t.tampering.value)).not.toHaveValue('');
        await page.getByRole('button', { name: t.tampering.cheat }).click();
        await page.getByRole('button', { name: t.tampering.save }).click();
        await page.getByRole('button', { name: t.tampering.checkout }).click();
        // The checkout's answer stands once, beside its button; the outcome says who won.
        if (kind === 'plain') {
          await expect(outcome(page)).toHaveText(t.security.attackWorked);
          await expect(page.getByText(format(t.tampering.charged, { amount: '₹0.02' }))).toHaveCount(1);
        } else {
          await expect(outcome(page)).toHaveText(t.security.attackFailed);
          await expect(page.getByText(t.tampering.rejected)).toHaveCount(1);
        }
      }
    });

    test('tampering: an unedited signed cookie checks out at the real price', async ({ page }) => {
      await page.goto(`/${segment}/lab/security/tampering`);
      await page.getByLabel(t.tampering.signedLabel).check();
      await page.getByRole('button', { name: t.tampering.start }).click();
      await page.getByRole('button', { name: t.tampering.checkout }).click();
      await expect(outcome(page)).toHaveText(t.security.attackFailed);
      await expect(page.getByText(format(t.tampering.charged, { amount: '₹40' }))).toHaveCount(1);
      // Words in the lab's monospace and result lines wrap between words, never inside one.
      for (const element of [page.getByLabel(t.tampering.value), page.getByText(format(t.tampering.charged, { amount: '₹40' }))]) {
        expect(await element.evaluate((node) => getComputedStyle(node).wordBreak)).not.toBe('break-all');
      }
    });

    test('csrf: a form on 127.0.0.1 carries only the SameSite=None cookie; a link carries Lax and None, never Strict', async ({ page }) => {
      await page.goto(`/${segment}/lab/security/csrf`);
      await setProtection(page, t.csrf.toggle, false);
      await page.getByRole('button', { name: t.csrf.setCookiesWithNone }).click();
      await expect(page.getByText(format(t.csrf.cookiesSet, { none: t.csrf.noneSet }))).toBeVisible();
      await page
        .getByRole('link', { name: format(t.csrf.openAttacker, { host: new URL(page.url()).host.replace('localhost', '127.0.0.1') }) })
        .click();
      await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/api\/lab\/security\/csrf\/attacker/);
      await page.getByRole('link', { name: t.csrf.attackerLink }).click();
      await expect(page).toHaveURL(/^http:\/\/localhost:\d+\//);
      await page.goBack();
      await page.getByRole('button', { name: t.csrf.attackerPost }).click();
      await expect(page).toHaveURL(new RegExp(`^http://localhost:\\d+/${segment}/lab/security/csrf\\?run=`));
      // The round trip reloaded the lab page; it still shows the choices made before it.
      await expect(page.getByLabel(t.csrf.toggle)).not.toBeChecked();
      await expect(page.getByText(format(t.csrf.cookiesSet, { none: t.csrf.noneSet }))).toBeVisible();

      const cell = (via: string, sameSite: string) => page.getByTestId(`csrf-${via}-${sameSite}`);
      const sent = t.csrf.sent;
      const notSent = t.csrf.notSent;
      await expect(cell('post', 'strict')).toHaveText(notSent);
      await expect(cell('post', 'lax')).toHaveText(notSent);
      await expect(cell('post', 'none')).toHaveText(sent);
      await expect(cell('post', 'none').locator('[data-icon="check"]')).toHaveCount(1);
      await expect(cell('post', 'strict').locator('[data-icon="cross"]')).toHaveCount(1);
      await expect(cell('link', 'strict')).toHaveText(notSent);
      await expect(cell('link', 'lax')).toHaveText(sent);
      await expect(cell('link', 'none')).toHaveText(sent);
      await expect(outcome(page)).toHaveText(`${t.security.attackWorked}: ${format(t.csrf.postCarried, { cookies: 'SameSite=None' })}`);
      // The attacker page's image reached the server as a cross-site request…
      await expect(cell('embed', 'arrived')).toHaveText(format(t.csrf.arrivedYes, { site: 'cross-site' }));
      // …and, as a third-party request, never carries the Strict or Lax cookie.
      await expect(cell('embed', 'strict')).toHaveText(notSent);
      await expect(cell('embed', 'lax')).toHaveText(notSent);

      // Opened again without ?run= (a bookmark, another tab), the lab shows the same run's results.
      await page.goto(`/${segment}/lab/security/csrf`);
      await expect(page).toHaveURL(/\?run=/);
      await page.getByRole('button', { name: t.csrf.refresh }).click();
      await expect(cell('post', 'none')).toHaveText(sent);
      await expect(cell('link', 'lax')).toHaveText(sent);
    });

    for (const thirdParty of ['blocked', 'allowed'] as const) {
      test(`csrf: the embedded image carries the None cookie only when third-party cookies are ${thirdParty}`, async ({ baseURL }) => {
        const context = await browserWithThirdPartyCookies(thirdParty === 'allowed');
        try {
          const page = await context.newPage();
          await page.goto(`${baseURL}/${segment}/lab/security/csrf`);
          await setProtection(page, t.csrf.toggle, false);
          await page.getByRole('button', { name: t.csrf.setCookiesWithNone }).click();
          await expect(page.getByText(format(t.csrf.cookiesSet, { none: t.csrf.noneSet }))).toBeVisible();
          await page
            .getByRole('link', { name: format(t.csrf.openAttacker, { host: new URL(page.url()).host.replace('localhost', '127.0.0.1') }) })
            .click();
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.csrf.attackerTitle);
          await page.getByRole('link', { name: t.csrf.back }).click();
          await expect(page.getByTestId('csrf-embed-arrived')).toHaveText(format(t.csrf.arrivedYes, { site: 'cross-site' }));
          await expect(page.getByTestId('csrf-embed-strict')).toHaveText(t.csrf.notSent);
          await expect(page.getByTestId('csrf-embed-lax')).toHaveText(t.csrf.notSent);
          await expect(page.getByTestId('csrf-embed-none')).toHaveText(thirdParty === 'allowed' ? t.csrf.sent : t.csrf.notSent);
          // Only the image came: no top-level request was made in this test.
          await expect(page.getByTestId('csrf-post-arrived')).toHaveText('—');
        } finally {
          await context.close();
        }
      });
    }

    test('csrf: with only Lax and Strict cookies the forged POST carries no cookie', async ({ page }) => {
      await page.goto(`/${segment}/lab/security/csrf`);
      await setProtection(page, t.csrf.toggle, true);
      await page.getByRole('button', { name: t.csrf.setCookies }).click();
      await expect(page.getByText(format(t.csrf.cookiesSet, { none: '' }))).toBeVisible();
      await page.getByRole('link', { name: /127\.0\.0\.1/ }).click();
      await page.getByRole('button', { name: t.csrf.attackerPost }).click();
      await expect(page).toHaveURL(new RegExp(`/${segment}/lab/security/csrf\\?run=`));
      await expect(page.getByTestId('csrf-post-none')).toHaveText(t.csrf.notSent);
      await expect(page.getByTestId('csrf-post-lax')).toHaveText(t.csrf.notSent);
      await expect(outcome(page)).toHaveText(`${t.security.attackFailed}: ${t.csrf.postCarriedNothing}`);
    });

    test('stateless lab: login and cart on the sealed cookie; the inspector splits the seal, meters it and shows an empty store', async ({
      page,
    }) => {
      const s = t.stateless;
      await page.goto(`/${segment}/lab/stateless`);
      await expect(page.getByRole('navigation', { name: s.switchLabel }).getByRole('link', { name: s.switchSealed })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await page.getByLabel(s.username).fill('riya');
      await page.getByLabel(s.password).fill('chai-1234');
      await page.getByRole('button', { name: s.login, exact: true }).click();
      await expect(page.getByTestId('stateless-greeting')).toHaveText(format(s.greeting, { name: 'Riya' }));
      const chai = PRODUCTS.find((product) => product.id === 'chai')!.name[segment];
      await page.getByRole('button', { name: format(s.add, { name: chai }) }).click();
      await expect(page.getByTestId('stateless-qty-chai')).toHaveText('1');
      await expect(page.getByTestId('seal-prefix')).toHaveText('Fe26.2');
      await expect(page.getByTestId('seal-data')).toContainText('"username":"riya"');
      await expect(page.getByTestId('stateless-store')).toHaveText(s.storeEmpty);
      await expect(page.getByRole('meter', { name: /4,096/ })).toBeVisible();
      const cookie = (await page.context().cookies()).find((entry) => entry.name === 'pathshala.iron');
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.value).toMatch(/^Fe26\.2\*/);
      expect((await page.context().cookies()).map((entry) => entry.name)).not.toContain('pathshala.sid');
    });

    test('stateless lab: growing stops at the 4 KB limit with a message in this language and the cart kept', async ({ page }) => {
      test.slow();
      const s = t.stateless;
      await page.goto(`/${segment}/lab/stateless`);
      await page.getByRole('button', { name: s.grow }).click();
      await expect(page.getByTestId('grow-status')).toContainText(
        { en: 'a browser keeps at most 4,096 bytes', 'hi-latn': 'sirf 4,096 bytes', hi: 'ज़्यादा से ज़्यादा 4,096 bytes' }[segment],
        { timeout: 30_000 },
      );
      await expect(page.getByTestId('stateless-qty-chai')).not.toHaveText('0');
      const value = Number((await page.getByRole('meter').getAttribute('value')) ?? 0);
      expect(value).toBeGreaterThan(3_500);
      expect(value).toBeLessThanOrEqual(4_096);
    });

    for (const path of [
      'lab/stateless',
      'lab/security',
      'lab/security/fixation',
      'lab/security/xss',
      'lab/security/replay',
      'lab/security/tampering',
      'lab/security/csrf',
    ]) {
      for (const theme of ['light', 'dark'] as const) {
        test(`axe: /${segment}/${path} in ${theme}`, async ({ page }) => {
          await useTheme(page, theme);
          await page.goto(`/${segment}/${path}`);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await expectNoAxeViolations(page);
        });
      }
    }

    test('axe: the attacker page of the CSRF lab', async ({ page }) => {
      await page.goto(
        `/api/lab/security/csrf/attacker?run=axe-run-0001&target=${encodeURIComponent('http://localhost:1')}&lang=${segment}`,
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.csrf.attackerTitle);
      await expectNoAxeViolations(page);
    });
  });
}
