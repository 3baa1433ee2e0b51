import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from './tempProject';

// Every page is translated today, so a fixture page without translations proves the fallback:
// served in every locale, chrome in the reader's language, English content with a notice first,
// noindex, canonical to English, no hreflang, out of the sitemap. The same page carries a fenced code
// block, which must render without inline styles (the pages' CSP blocks them).
let project: TempProject;
let html: (path: string) => string;

beforeAll(() => {
  project = tempProject();
  const page = `---\ntitle: Fixture page\ndescription: A page that exists only in English, to test fallbacks.\n---\n\nOnly English text here. [Help lines](/hotlines/)\n\n\`\`\`js\nconst line = '988';\n\`\`\`\n`;
  writeFileSync(join(project.dir, 'content/pages/en/fixture-untranslated.mdx'), page);
  const { status, output } = project.build();
  if (status !== 0) throw new Error(output);
  html = (path) => readFileSync(join(project.dir, 'dist', path), 'utf8');
}, 240_000);
afterAll(() => project.remove());

describe('a page with no translation', () => {
  it('is still served in Spanish, not as a 404', () => {
    expect(html('es/fixture-untranslated/index.html')).toContain('Only English text here.');
  });

  it('keeps the chrome in Spanish and marks the content as English', () => {
    const page = html('es/fixture-untranslated/index.html');
    expect(page).toMatch(/<html lang="es"/);
    expect(page).toMatch(/<main[^>]*lang="en"/);
  });

  it('opens with the untranslated notice in the reader’s language', () => {
    const main = html('pt/fixture-untranslated/index.html').split(/<main[^>]*>/)[1]!;
    expect(main.trimStart()).toMatch(/^<div lang="pt-BR">\s*<aside[^>]*aria-labelledby="fallback-notice"/);
    expect(main).toContain('Esta página ainda não foi traduzida');
  });

  it('is noindex, canonical to the English page, with no hreflang alternates', () => {
    const page = html('es/fixture-untranslated/index.html');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<link rel="canonical" href="http://localhost:4321/fixture-untranslated/">');
    expect(page).not.toContain('hreflang="es-US" href');
  });

  it('links to pages in the reader’s language', () => {
    expect(html('es/fixture-untranslated/index.html')).toContain('href="/es/hotlines/"');
  });

  it('stays out of the sitemap and out of the Spanish search index', () => {
    const sitemap = html('sitemap-0.xml');
    expect(sitemap).toContain('/fixture-untranslated/');
    expect(sitemap).not.toContain('/es/fixture-untranslated/');
    expect(html('es/fixture-untranslated/index.html')).not.toContain('data-pagefind-body');
  });
});

describe('a fenced code block in MDX', () => {
  it('renders as plain code, without inline styles the Content-Security-Policy would block', () => {
    const page = html('fixture-untranslated/index.html');
    const pre = /<pre[^>]*>[\s\S]*?<\/pre>/.exec(page)?.[0] ?? '';
    expect(pre).toContain('const line = ');
    expect(pre).not.toMatch(/\sstyle=/);
    expect(page).not.toMatch(/<[^>]+\sstyle="/);
  });
});
