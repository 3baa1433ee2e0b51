import { contrastRatio, isOneRowOrTwoByTwo, parseRgb, rowSizes } from './layoutRules';
import { LOCALES, localizedPath } from '../../src/i18n/locales';
import { expect, openAtDoubleTextSize, test } from './fixtures';

/** The same page in each language, in the locale list's order. */
const everyLanguage = (slug: string) => LOCALES.map((l) => localizedPath(l.code, slug));

const PHONE = { width: 320, height: 640 };

// Every page's heading in the first screen, with and without JavaScript: every-page.spec.ts.

test.describe('the menu without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('is closed on a phone and opens and closes from the keyboard', async ({ page }) => {
    await page.goto('/es/');
    const menu = page.locator('.site-header summary');
    const link = page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Estadísticas' });
    await expect(link).toBeHidden();
    await menu.focus();
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(link).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link').first()).toBeFocused();
    await menu.focus();
    await page.keyboard.press('Space');
    await expect(link).toBeHidden();
  });

  test('is always open on one row at 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/es/');
    await expect(page.locator('.site-header summary')).toBeHidden();
    const links = page.getByRole('navigation', { name: 'Principal' }).getByRole('link');
    await expect(links.first()).toBeVisible();
    const tops = await links.evaluateAll((all) => all.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(rowSizes(tops)).toEqual([tops.length]);
  });
});

test.describe('crisis cards', () => {
  test.use({ javaScriptEnabled: false });
  for (const width of [320, 390, 640, 768, 1280]) {
    for (const path of [...everyLanguage(''), ...everyLanguage('hotlines')]) {
      test(`${path} at ${width} px lays out in one row or two by two, numbers on one baseline`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const cards = page.locator('.crisis-bar .crisis-call');
        await expect(cards).toHaveCount(4);
        const boxes = await cards.evaluateAll((all) =>
          all.map((card) => ({
            top: card.getBoundingClientRect().top,
            number: card.querySelector('.crisis-number')!.getBoundingClientRect().bottom,
          })),
        );
        const sizes = rowSizes(boxes.map((b) => b.top));
        expect(isOneRowOrTwoByTwo(sizes), `rows of ${sizes.join('+')}`).toBe(true);
        const perRow = sizes[0]!;
        for (let row = 0; row < boxes.length; row += perRow) {
          const numbers = boxes.slice(row, row + perRow).map((b) => b.number);
          expect(Math.max(...numbers) - Math.min(...numbers)).toBeLessThanOrEqual(1);
        }
      });
    }
  }
});

test.describe('crisis card text', () => {
  for (const width of [320, 390, 1280]) {
    for (const path of LOCALES.map((l) => localizedPath(l.code, ''))) {
      test(`${path} at ${width} px: no line of a crisis card overlaps another`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const overlaps = await page.locator('.crisis-bar .crisis-call').evaluateAll((cards) =>
          cards.flatMap((card) => {
            const parts = [...card.querySelectorAll(':scope > span')].map((el) => ({
              text: el.textContent ?? '',
              box: el.getBoundingClientRect(),
            }));
            return parts.flatMap((a, i) =>
              parts
                .slice(i + 1)
                .filter((b) => a.box.bottom > b.box.top + 1 && b.box.bottom > a.box.top + 1)
                .filter((b) => a.box.right > b.box.left + 1 && b.box.right > a.box.left + 1)
                .map((b) => `"${a.text}" overlaps "${b.text}"`),
            );
          }),
        );
        expect(overlaps).toEqual([]);
      });
    }
  }
});

test.describe('200% text on a 320 px phone', () => {
  test.use({ viewport: PHONE });
  for (const path of [
    ...everyLanguage('statistics'),
    ...everyLanguage('find-treatment'),
    ...everyLanguage('hotlines'),
  ]) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await openAtDoubleTextSize(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('the statistics tables scroll inside labelled regions that take keyboard focus', async ({ page }) => {
  await page.goto('/statistics/');
  const regions = page.locator('.table-scroll');
  expect(await regions.count()).toBeGreaterThan(0);
  const unlabelled = await regions.evaluateAll(
    (all) =>
      all.filter(
        (r) =>
          // A labelled <section> is a region (html-aam); an explicit role would say the same.
          (r.getAttribute('role') ?? (r.tagName === 'SECTION' ? 'region' : '')) !== 'region' ||
          r.getAttribute('tabindex') !== '0' ||
          !document.getElementById(r.getAttribute('aria-labelledby') ?? '')?.textContent?.trim(),
      ).length,
  );
  expect(unlabelled).toBe(0);
});

test.describe('printing', () => {
  for (const path of ['/', '/es/families/']) {
    test(`${path} prints the crisis numbers black on white with their card borders (at least 7:1)`, async ({
      page,
    }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const cards = await page.locator('.crisis-bar .crisis-call').evaluateAll((all) => {
        const background = (el: Element | null): string => {
          for (let e = el; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (!/rgba\(.*,\s*0\)$|transparent/.test(bg)) return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        return all.map((card) => ({
          parts: [...card.querySelectorAll('span')].map((s) => ({
            color: getComputedStyle(s).color,
            background: background(s),
          })),
          border: getComputedStyle(card).borderTopColor,
          borderWidth: parseFloat(getComputedStyle(card).borderTopWidth),
          background: background(card),
        }));
      });
      expect(cards).toHaveLength(4);
      for (const card of cards) {
        for (const part of card.parts) {
          expect(parseRgb(part.color)[3]).toBe(1);
          expect(contrastRatio(part.color, part.background)).toBeGreaterThanOrEqual(7);
        }
        expect(card.borderWidth).toBeGreaterThan(0);
        expect(contrastRatio(card.border, card.background)).toBeGreaterThanOrEqual(7);
      }
    });
  }
});
