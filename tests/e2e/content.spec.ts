import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readability } from '../../src/lib/readability';
import type { Route } from '../../src/lib/routeTable';
import { expect, routes, test } from './fixtures';

/** Highest Flesch–Kincaid grade an English page may score (the aim is 6 to 8). */
const MAX_GRADE = 10;

/**
 * Parts of <main> that are not this site's own prose, left out of the reading grade:
 * the Sources list and each help line's source citations (other publishers' titles),
 * block quotes (the law and press releases quoted word for word), and hidden or non-text elements.
 */
const NOT_MEASURED = ['.sources', '.hotline details', 'blockquote', 'script', 'style', 'template', '[hidden]'];

const english = routes.filter((r) => r.locale === 'en');

/** The MDX file behind an English route, or null for pages built from data. */
function contentFile(route: Route): string | null {
  const news = route.slug.startsWith('news/');
  const base = news
    ? `content/news/en/${route.slug.slice('news/'.length)}`
    : `content/pages/en/${route.slug || 'index'}`;
  return [`${base}.mdx`, `${base}/index.mdx`].find((f) => existsSync(f)) ?? null;
}

interface Front {
  sources?: string[];
  advice?: 'medical' | 'legal' | 'medical-legal';
  quickExit?: boolean;
  published?: string | null;
  publisher?: string;
}

function frontmatter(file: string): Front {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return (match ? parse(match[1] ?? '') : {}) as Front;
}

for (const route of english) {
  test(`${route.path} reads at grade ${MAX_GRADE} or below`, async ({ page }) => {
    await page.goto(route.path);
    const text = await page.evaluate((selectors) => {
      const main = document.querySelector('main')!;
      for (const el of main.querySelectorAll(selectors.join(','))) el.remove();
      return main.innerText;
    }, NOT_MEASURED);
    const result = readability(text);
    test.info().annotations.push({
      type: 'reading grade',
      description: `${result.grade} (${result.words} words, ${result.sentences} sentences)`,
    });
    console.log(`reading grade ${route.path}: ${result.grade} (${result.words} words, ${result.sentences} sentences)`);
    expect(result.grade, `${route.path} scores grade ${result.grade}`).toBeLessThanOrEqual(MAX_GRADE);
  });
}

// Every page fits a 320 px screen without sideways scrolling: every-page.spec.ts.

const mdxPages = english.flatMap((route) => {
  const file = contentFile(route);
  return file ? [{ route, file, front: frontmatter(file) }] : [];
});

for (const { route, front } of mdxPages) {
  const count = front.sources?.length ?? 0;
  if (count > 0) {
    test(`${route.path} lists its ${count} sources`, async ({ page }) => {
      await page.goto(route.path);
      await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
      await expect(page.locator('section.sources li')).toHaveCount(count);
    });
  }

  if (front.advice) {
    test(`${route.path} says it is not ${front.advice.replace('-', ' or ')} advice`, async ({ page }) => {
      await page.goto(route.path);
      const note = page.locator(`[data-advice="${front.advice}"]`);
      await expect(note).toBeVisible();
      await expect(note).toContainText(/This is not (medical|legal|medical or legal) advice/);
    });
  } else {
    test(`${route.path} shows no advice note`, async ({ page }) => {
      await page.goto(route.path);
      await expect(page.locator('[data-advice]')).toHaveCount(0);
    });
  }

  test(`${route.path} ${front.quickExit ? 'has' : 'has no'} quick exit`, async ({ page }) => {
    await page.goto(route.path);
    await expect(page.getByRole('link', { name: 'Exit this page' })).toHaveCount(front.quickExit ? 1 : 0);
    await expect(page.getByRole('heading', { name: 'Staying safe online' })).toHaveCount(front.quickExit ? 1 : 0);
  });
}

for (const { route, front } of mdxPages.filter((p) => p.route.slug.startsWith('news/'))) {
  test(`${route.path} shows who first published it and when, or that the date is unknown`, async ({ page }) => {
    await page.goto(route.path);
    const dateline = page.locator('main .dateline');
    await expect(dateline).toContainText(`First published by ${front.publisher}`);
    if (front.published) await expect(dateline).toHaveAttribute('data-published', front.published);
    else await expect(dateline).toContainText('Date not stated in the source.');
  });
}

test('the 10 November 2017 release is dated in the reader’s calendar, not shifted by time zone', async ({ page }) => {
  await page.goto('/news/spectrum-2017-buyer-diversion/');
  await expect(page.locator('main .dateline')).toHaveText(
    'First published by Spectrum Health Systems on November 10, 2017.',
  );
});

test.describe('about page', () => {
  test('has a corrections section with a dated change log', async ({ page }) => {
    await page.goto('/about/');
    const corrections = page.locator('section#corrections');
    await expect(corrections.getByRole('heading', { name: 'Corrections policy' })).toBeVisible();
    await expect(corrections.locator('time[datetime="2026-11-27"]')).toHaveText('November 27, 2026');
  });

  test('shows the configured corrections contact, or says plainly that none is published', async ({ page }) => {
    await page.goto('/about/');
    const contact = page.locator('#corrections .corrections-contact');
    const configured = (process.env['CORRECTIONS_CONTACT'] ?? '').trim();
    if (configured) {
      await expect(contact).toHaveAttribute('data-contact', 'published');
      await expect(contact.getByRole('link')).toContainText(configured);
    } else {
      await expect(contact).toHaveAttribute('data-contact', 'none');
      await expect(contact).toContainText('No contact address has been published yet.');
      await expect(contact.getByRole('link', { name: 'See all help lines' })).toHaveAttribute('href', '/hotlines/');
    }
  });
});

const invitations = [
  { path: '/about/', text: 'If you find a mistake, please tell us.' },
  { path: '/accessibility/', text: 'If something on this site is hard to use, please tell us.' },
  { path: '/es/about/', text: 'Si encuentra un error, por favor díganos.' },
  { path: '/es/accessibility/', text: 'Si algo de este sitio es difícil de usar, por favor díganos.' },
  { path: '/pt/about/', text: 'Se você encontrar um erro, por favor, avise a gente.' },
  { path: '/pt/accessibility/', text: 'Se algo neste site for difícil de usar, por favor, avise a gente.' },
];

for (const { path, text } of invitations) {
  test(`${path} invites reports only when a corrections contact is configured`, async ({ page }) => {
    await page.goto(path);
    const configured = (process.env['CORRECTIONS_CONTACT'] ?? '').trim() !== '';
    await expect(page.getByText(text)).toHaveCount(configured ? 1 : 0);
    await expect(page.locator('.corrections-contact').first()).toHaveAttribute(
      'data-contact',
      configured ? 'published' : 'none',
    );
  });
}
