import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { allowedNumbers, dataStrings, findPhoneNumbers, htmlToText, unknownNumbers } from '../../src/lib/phoneScan';
import { LOCALES, localizedPath } from '../../src/i18n/locales';
import { digitsOf } from '../../src/lib/tel';
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
// an element with dir="ltr" (which isolates it), holding exactly the digits the tel: link dials.
for (const path of LOCALES.flatMap((l) => [localizedPath(l.code, ''), localizedPath(l.code, 'hotlines')])) {
  test(`${path} isolates every phone number left to right, with the digits its link dials`, async ({ page }) => {
    await page.goto(path);
    const links = await page.$$eval('a[href^="tel:"]', (as) =>
      as.map((a) => ({
        href: a.getAttribute('href') ?? '',
        isolated: a.querySelector('[dir="ltr"]')?.textContent ?? null,
      })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.isolated, link.href).not.toBeNull();
      expect(digitsOf(link.isolated ?? ''), link.href).toBe(digitsOf(link.href.split(',')[0] ?? ''));
    }
  });
}
