import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { LOCALES, localizedPath } from '../../src/i18n/locales';
import { hotlinesUrl } from '../../src/lib/carry/lines';
import { vcardFileName } from '../../src/lib/carry/files';
import { LOCAL_PREVIEW_URL } from '../../src/lib/siteUrl';
import { uiTables } from '../../scripts/lib/searchProbe';
import { screenOrder } from './layoutRules';
import { expect, test } from './fixtures';

// The UI string files themselves: the checked table in src/i18n/ui/index.ts needs Vite to load.
const UI = await uiTables();

/** The text a QR code in a PNG image holds, or null when none can be read. */
function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** The body of an `sms:?&body=` link, decoded. */
function smsBodyOf(href: string): string {
  expect(href.startsWith('sms:?&body=')).toBe(true);
  return decodeURIComponent(href.slice('sms:?&body='.length));
}

test('the QR decoder fails on a code that points elsewhere (canary)', async ({ page }) => {
  await page.goto('/es/card/');
  const png = await page.locator('svg.wc-qr').first().screenshot();
  expect(decodeQr(png)).not.toBe(hotlinesUrl(LOCAL_PREVIEW_URL, 'pt'));
  expect(decodeQr(Buffer.from(PNG.sync.write(new PNG({ width: 60, height: 60 }))))).toBeNull();
});

for (const locale of LOCALES) {
  const cardPath = localizedPath(locale.code, 'card');
  const expectedUrl = hotlinesUrl(LOCAL_PREVIEW_URL, locale.code);

  test(`the ${locale.label} card's QR code, printed at card size, opens ${expectedUrl}`, async ({ browser }) => {
    // 2 device pixels per CSS pixel is about 190 dots per inch: a cheap office printer does better.
    const context = await browser.newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(cardPath);
    const backs = page.locator('.wallet-card-back');
    await expect(backs).toHaveCount(8);
    const qr = backs.nth(5).locator('svg.wc-qr');
    const box = (await qr.boundingBox())!;
    // 27 mm at 96 CSS pixels per inch.
    expect(Math.round(box.width)).toBe(Math.round((27 / 25.4) * 96));
    expect(decodeQr(await qr.screenshot())).toBe(expectedUrl);
    await context.close();
  });

  test(`the ${locale.label} card page prints 8 fronts then 8 backs, each 85.6 × 54 mm, none overlapping`, async ({
    page,
  }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(cardPath);
    const mm = (px: number) => Math.round((px / 96) * 25.4 * 10) / 10;
    for (const side of ['front', 'back']) {
      const boxes = await page.locator(`.wallet-card-${side}`).evaluateAll((cards) =>
        cards.map((c) => {
          const r = c.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      );
      expect(boxes).toHaveLength(8);
      for (const b of boxes) expect([mm(b.width), mm(b.height)]).toEqual([85.6, 54]);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart =
            a.x + a.width <= b.x + 0.5 ||
            b.x + b.width <= a.x + 0.5 ||
            a.y + a.height <= b.y + 0.5 ||
            b.y + b.height <= a.y + 0.5;
          expect(apart, `${side} cards overlap`).toBe(true);
        }
      }
    }
    await expect(page.locator('.cut-marks')).toHaveCount(2);
    await expect(page.locator('.cut-marks').first()).toBeVisible();
    await expect(page.locator('.crisis-bar')).toBeHidden();
    const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(2);
  });

  test(`the ${locale.label} card page as printed has no WCAG 2.2 A/AA violations`, async ({ page, makeAxeBuilder }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(cardPath);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test(`the ${locale.label} card page shows one card front and back on screen, without JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(cardPath);
    await expect(page.locator('html')).toHaveAttribute('lang', locale.htmlLang);
    await expect(page.locator('.wallet-card-front:visible')).toHaveCount(1);
    await expect(page.locator('.wallet-card-back:visible')).toHaveCount(1);
    await expect(page.getByRole('img', { name: expectedUrl, exact: false })).toHaveCount(1);
    await expect(page.locator('.wallet-card-front').first()).toContainText('1-800-464-9555');
    await expect(page.locator('[data-card-print]')).toBeHidden();
    await expect(page.locator('[data-carry-copy-item]')).toBeHidden();
    // A local build says where its QR code points.
    await expect(page.locator('main')).toContainText(expectedUrl);
    await context.close();
  });

  for (const slug of ['hotlines', 'card']) {
    const path = localizedPath(locale.code, slug);
    test(`${path} offers an sms: link holding the visible message, with the crisis lines and the help-lines page`, async ({
      page,
    }) => {
      await page.goto(path);
      const message = await page.locator('[data-carry-message]').innerText();
      const href = (await page.locator('[data-carry] a[href^="sms:"]').getAttribute('href'))!;
      const body = smsBodyOf(href);
      expect(body).toBe(message);
      for (const number of ['911', '988', '1-800-366-7732', '1-800-464-9555', '1161', '1-800-327-5050']) {
        expect(body).toContain(number);
      }
      expect(body.endsWith(expectedUrl)).toBe(true);
      expect(href).not.toMatch(/[ \n#+]/);
    });
  }

  test(`the ${locale.label} card prints its web address in the order it is typed, also inside right-to-left text`, async ({
    page,
  }) => {
    await page.goto(cardPath);
    const address = page.locator('.wc-url').first();
    const typed = (await address.textContent()) ?? '';
    const drawn = await address.evaluate((el) => {
      const chars: { text: string; x: number; y: number; height: number }[] = [];
      const node = el.firstChild!;
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        chars.push({ text: text[i]!, x: box.left + box.width / 2, y: box.top + box.height / 2, height: box.height });
      }
      return chars;
    });
    expect(typed).toContain('/hotlines/');
    expect(screenOrder(drawn)).toBe(typed);
  });

  test(`the ${locale.label} print button opens the browser's print dialog`, async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.goto(cardPath);
    await page.getByRole('button', { name: UI[locale.code]['card.printButton'] }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', '');
  });

  test(`the ${locale.label} copy button puts the message on the clipboard and says so`, async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(localizedPath(locale.code, 'hotlines'));
    const message = await page.locator('[data-carry-message]').innerText();
    await page.locator('[data-carry-copy]').click();
    await expect(page.locator('[data-carry-status]')).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
    await context.close();
  });

  test(`the ${locale.label} contact file parses as a vCard 4.0 with every carried number`, async ({
    page,
    request,
  }) => {
    await page.goto(localizedPath(locale.code, 'hotlines'));
    const link = page.locator(`a[href="/${vcardFileName(locale.code)}"]`);
    await expect(link).toHaveAttribute('download', vcardFileName(locale.code));
    const text = await (await request.get(`/${vcardFileName(locale.code)}`)).text();
    const card = new ICAL.Component(ICAL.parse(text));
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getAllProperties('tel').map((p) => p.getFirstValue())).toEqual([
      'tel:911',
      'tel:988',
      'tel:+18003667732',
      'tel:+18004649555,1161',
      'tel:+18003275050',
    ]);
    expect(card.getFirstPropertyValue('url')).toBe(expectedUrl);
  });
}
