import { describe, expect, it } from 'vitest';
import { citationHtml } from '../../src/lib/citation';

describe('source citations', () => {
  it('link the title with no space before the full stop', () => {
    expect(
      citationHtml({ title: 'Release', url: 'https://a.org/x', publisher: 'Spectrum', dateText: 'Published 2017' }),
    ).toBe('<a href="https://a.org/x" rel="noopener noreferrer" lang="en">Release</a>. Spectrum. Published 2017.');
  });

  it('cite a source without an address by its title alone', () => {
    expect(citationHtml({ title: 'Press release', publisher: 'P', dateText: 'Date not stated in the source' })).toBe(
      '<cite lang="en">Press release</cite>. P. Date not stated in the source.',
    );
  });

  it('escape everything taken from the data files', () => {
    const html = citationHtml({
      title: 'A & B <i>',
      url: 'https://a.org/?q="x"',
      publisher: 'P',
      dateText: 'D',
      confirms: '"quote"',
    });
    expect(html).toContain('A &amp; B &lt;i&gt;');
    expect(html).toContain('href="https://a.org/?q=&quot;x&quot;"');
    expect(html).toContain('<span lang="en">&quot;quote&quot;</span>');
  });
});
