import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { allowedNumbers, dataStrings, findPhoneNumbers, htmlToText, unknownNumbers } from '../../src/lib/phoneScan';
import { LOCALES, localizedPath } from '../../src/i18n/locales';
import { digitsOf } from '../../src/lib/tel';
import { drawnAfter, screenOrder } from './layoutRules';
import { expect, routes, test } from './fixtures';

// Every phone number a reader can see or tap must come from the data files. The allowed set is every
// number in content/hotlines.yaml and content/services/*.yaml (parsed, so comments do not count, and
// values under keys marked unverified are skipped). The canary page proves the scan catches the numbers
// the reference files say must never ship.

function dataFiles(): string[] {
  const services = 'content/services';
  let listed: string[] = [];
  try {
    listed = readdirSync(services)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .map((f) => join(services, f));
  } catch {
    listed = [];
  }
  return ['content/hotlines.yaml', ...listed];
}

const allowed = allowedNumbers(dataFiles().flatMap((f) => dataStrings(parse(readFileSync(f, 'utf8')))));

const canary = JSON.parse(readFileSync('tests/fixtures/phone-canary/unverified-numbers.json', 'utf8')) as {
  numbers: { asPrinted: string; digits: string; from: string }[];
};
const canaryDigits = [...new Set(canary.numbers.map((n) => n.digits))].sort();

test.describe('canary: the scan catches the numbers that must never ship', () => {
  test('every unverified number on the canary page is reported, and nothing else', () => {
    const html = readFileSync('tests/fixtures/phone-canary/page.html', 'utf8');
    const reported = [...new Set(unknownNumbers(html, allowed).map((n) => n.digits))].sort();
    expect(reported).toEqual(canaryDigits);
  });

  test('the canary list matches the numbers as the reference files print them', () => {
    for (const n of canary.numbers) {
      expect(
        findPhoneNumbers(n.asPrinted).map((m) => m.digits),
        n.asPrinted,
      ).toEqual([n.digits]);
    }
  });

  test('no unverified number is in the data files', () => {
    expect(canaryDigits.filter((d) => allowed.has(d) || allowed.has(d.slice(3)))).toEqual([]);
  });
});

test('the scan sees the crisis-bar numbers on the home page', () => {
  const found = findPhoneNumbers(htmlToText(readFileSync('dist/index.html', 'utf8'))).map((m) => m.digits);
  expect(found).toEqual(expect.arrayContaining(['8003667732', '8004649555']));
});

test('no English page or news item types a phone number into its text', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : [],
    );
  const typed = ['content/pages/en', 'content/news/en']
    .flatMap((dir) => {
      try {
        return walk(dir);
      } catch {
        return [];
      }
    })
    .flatMap((file) => findPhoneNumbers(readFileSync(file, 'utf8')).map((m) => `${file}: ${m.raw}`));
  expect(typed).toEqual([]);
});

for (const route of routes) {
  test(`${route.path} shows and links only phone numbers from the data files`, () => {
    const html = readFileSync(join('dist', route.file), 'utf8');
    expect(unknownNumbers(html, allowed)).toEqual([]);
  });
}

// On a right-to-left page the words around a number must not reorder it: every number a reader taps sits in
// an element with dir="ltr" (which isolates it). What the reader sees is checked, not the markup: the digits
// as the browser drew them, read left to right line by line, must be the digits the tel: link dials, and an
// extension must be drawn after the number in the reader's direction (below it, or further along the line).
/** Each tel: link as drawn: its href, direction, isolated parts and the digits of its first two isolates. */
function measureTelLinks(as: Element[]) {
  return as.map((a) => {
    const drawn = (el: Element | undefined) => {
      const chars: { text: string; x: number; y: number; height: number }[] = [];
      if (!el) return chars;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          if (!/\d/.test(text[i]!)) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getBoundingClientRect();
          chars.push({
            text: text[i]!,
            x: box.left + box.width / 2,
            y: box.top + box.height / 2,
            height: box.height,
          });
        }
      }
      return chars;
    };
    const isolated = [...a.querySelectorAll('[dir="ltr"]')];
    return {
      href: a.getAttribute('href') ?? '',
      dir: getComputedStyle(a).direction as 'ltr' | 'rtl',
      isolated: isolated.length,
      number: drawn(isolated[0] ?? a), // without an isolate, the whole link is what a reader reads
      extension: drawn(isolated[1]),
    };
  });
}

/** The checks a reader would make of a measured link; returns what is wrong, or an empty list. */
function misdrawn(link: ReturnType<typeof measureTelLinks>[number], where: string): string[] {
  const [number = '', extension] = link.href.slice('tel:'.length).split(',');
  const problems: string[] = [];
  if (link.isolated === 0) problems.push(`${where}: number not isolated left to right`);
  const seen = screenOrder(link.number);
  if (seen !== digitsOf(number)) problems.push(`${where}: reads ${seen}, dials ${digitsOf(number)}`);
  if (extension === undefined) return problems;
  const seenExtension = screenOrder(link.extension);
  if (seenExtension !== digitsOf(extension)) problems.push(`${where}: extension reads ${seenExtension}`);
  // The number's last character in reading order: its leftmost in right-to-left text, else its rightmost.
  const xs = link.number.map((c) => c.x);
  const end = link.number.find((c) => c.x === (link.dir === 'rtl' ? Math.min(...xs) : Math.max(...xs)));
  const first = link.extension[0];
  if (!end || !first || !drawnAfter(end, first, link.dir)) problems.push(`${where}: extension drawn before the number`);
  return problems;
}

test('canary: a number left in right-to-left text, not isolated, is caught as read in the wrong order', async ({
  page,
}) => {
  await page.setContent(
    '<p dir="rtl" lang="ar"><a href="tel:+18003667732">اتصل <span>1-800-366-7732</span></a> ' +
      '<a href="tel:+18003667732">اتصل <span dir="ltr">1-800-366-7732</span></a></p>',
  );
  const [bare, isolated] = await page.$$eval('a[href^="tel:"]', measureTelLinks);
  expect(screenOrder(bare!.number)).not.toBe('18003667732');
  expect(misdrawn(bare!, 'bare').length).toBeGreaterThan(0);
  expect(misdrawn(isolated!, 'isolated')).toEqual([]);
});

const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
];
for (const path of LOCALES.flatMap((l) => [localizedPath(l.code, ''), localizedPath(l.code, 'hotlines')])) {
  test(`${path} draws every phone number in the order its link dials, extension after the number`, async ({ page }) => {
    await page.goto(path);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      const links = await page.$$eval('a[href^="tel:"]', measureTelLinks);
      expect(links.length).toBeGreaterThan(0);
      expect(links.flatMap((link) => misdrawn(link, `${link.href} at ${viewport.width} px`))).toEqual([]);
    }
  });
}
