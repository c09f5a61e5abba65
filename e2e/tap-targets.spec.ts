import { expect, type Page, test } from '@playwright/test';
import { siteMessages } from '@/lib/i18n/messages/site';

const site = siteMessages('hi-latn');

/*
 * Every control a thumb has to hit is at least 44×44 CSS px at 360 px wide (WCAG 2.5.5's size,
 * the one iOS and Android also use). What counts as a control:
 * - every visible <button> and element with role button, tab, switch or menuitem;
 * - a link that looks like a button: it has a background colour or a border all round (cards,
 *   chips, "Start" links). A link in running prose has neither, only an underline, and is
 *   exempt — as are plain links in lists (the outline, "on this page" with its left rule, the
 *   footer);
 * - a checkbox or radio, measured as its hit area: its <label> when it has one (a click there
 *   toggles it), else the input itself;
 * - everything in the site header (the icons and the menu button).
 */

const MIN_PX = 44;

/**
 * What components/demos and components/inspector draw, which the inspector branch of issue 18
 * resizes: measured in the last test, on their own. `[data-inspector]` and `[data-demo]` mark
 * them; until every demo carries `data-demo`, the rest are named by the hooks they already have:
 * the Demo/Inspector tabs, the lab chips, the snack menu, the race lab.
 */
const OTHER_BRANCH = [
  '[data-inspector]',
  '[data-demo]',
  '[role=tablist]',
  `main > nav[aria-label="${site.lab.indexTitle}"]`,
  'section[aria-labelledby="menu-title"]',
  'section[aria-labelledby="stateless-menu"]',
  '[data-testid="race-lab"]',
].join(', ');

interface Miss {
  readonly what: string;
  readonly width: number;
  readonly height: number;
}

/** The controls on the page smaller than 44×44, inside `within` and outside `except`. */
async function smallTargets(page: Page, options: { within?: string; except?: string }): Promise<Miss[]> {
  return page.evaluate(
    ({ within, except, min }) => {
      const roots = within ? [...document.querySelectorAll(within)] : [document.body];
      function* ancestors(element: Element) {
        for (let node: Element | null = element; node !== null; node = node.parentElement) yield node;
      }
      const visible = (element: Element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        // A skip link is clipped away (sr-only) until it has focus; a thumb cannot hit it then.
        const clipped = [...ancestors(element)].some((node) => {
          const { clip, clipPath } = getComputedStyle(node);
          return clip === 'rect(0px, 0px, 0px, 0px)' || clipPath === 'inset(50%)';
        });
        return (
          box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !clipped && element.closest('[hidden], [inert]') === null
        );
      };
      const looksLikeButton = (link: Element) => {
        const style = getComputedStyle(link);
        const background = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
        const border = ['Top', 'Right', 'Bottom', 'Left'].every(
          (side) =>
            parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
            style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none',
        );
        return background || border;
      };
      const hitArea = (input: HTMLInputElement): Element => input.labels?.[0] ?? input;
      const targets = new Set<Element>();
      for (const root of roots) {
        for (const element of root.querySelectorAll('button, [role=button], [role=tab], [role=switch], [role=menuitem]'))
          targets.add(element);
        for (const link of root.querySelectorAll('a[href]')) if (looksLikeButton(link)) targets.add(link);
        for (const input of root.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]')) targets.add(hitArea(input));
        for (const control of root.querySelectorAll('[data-site-header] a[href], [data-site-header] button')) targets.add(control);
      }
      const misses: { what: string; width: number; height: number }[] = [];
      for (const target of targets) {
        if (!visible(target)) continue;
        if (except && target.closest(except) !== null) continue;
        const box = target.getBoundingClientRect();
        if (box.width >= min && box.height >= min) continue;
        const name = (target.getAttribute('aria-label') ?? target.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        misses.push({ what: `${target.tagName.toLowerCase()} "${name}"`, width: Math.round(box.width), height: Math.round(box.height) });
      }
      return misses;
    },
    { within: options.within, except: options.except, min: MIN_PX },
  );
}

const PAGES = [
  '/hi-latn/lab',
  '/hi-latn/lab/cart',
  '/hi-latn/lab/security/csrf',
  '/hi-latn/lab/stateless',
  '/hi-latn/learn/session-options',
  '/hi-latn/learn/what-is-a-session',
];

test.use({ viewport: { width: 360, height: 780 } });

test.describe('tap targets at 360 px', () => {
  for (const path of PAGES) {
    test(`${path}: every button, button-like link, checkbox/radio hit area and header icon is at least 44×44`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      expect(await smallTargets(page, { except: OTHER_BRANCH })).toEqual([]);
    });
  }

  test('inside the demos and inspectors (components/demos, components/inspector)', async ({ page }) => {
    const misses: Miss[] = [];
    for (const path of ['/hi-latn/lab/cart', '/hi-latn/lab/stateless']) {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      misses.push(...(await smallTargets(page, { within: OTHER_BRANCH })));
    }
    expect(misses).toEqual([]);
  });
});
