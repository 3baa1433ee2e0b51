import { describe, expect, it } from 'vitest';
import {
  brokenReferences,
  classify,
  crossLanguageLinks,
  descriptionProblems,
  externalLinksWithoutRel,
  extraRegions,
  normalizeLinkText,
  paddedLinks,
  titleProblems,
  vagueLinks,
  type Site,
  type SitePage,
} from '../integrity/linkRules';
import { cssUrls, isAbsoluteUrl, scriptImports } from '../integrity/foreignUrls';
import type { PageFacts, UrlRef } from '../integrity/pageFacts';

const ORIGIN = 'https://help.worcester.test';

function link(value: string, extra: Partial<UrlRef> = {}): UrlRef {
  return {
    tag: 'a',
    attr: 'href',
    value,
    rel: [],
    hreflang: null,
    text: 'Help lines',
    rawText: 'Help lines',
    label: null,
    ...extra,
  };
}

function page(path: string, extra: Partial<SitePage> = {}, facts: Partial<PageFacts> = {}): SitePage {
  return {
    path,
    locale: path.startsWith('/es/') ? 'es' : 'en',
    slug: path.replace(/^\/(es\/)?|\/$/g, ''),
    kind: path.startsWith('/es/') ? 'translated-draft' : 'source',
    facts: {
      titles: [`Title of ${path}`],
      descriptions: [`About ${path}`],
      ids: ['main'],
      refs: [],
      styles: [],
      bases: 0,
      regions: [],
      ...facts,
    },
    ...extra,
  };
}

/** A small site: English and Spanish help-line pages and a stylesheet. */
function site(pages: SitePage[]): Site {
  const files = new Set(['/hotlines/index.html', '/es/hotlines/index.html', '/_astro/site.css']);
  const dirs = new Set(['/hotlines', '/es/hotlines', '/_astro']);
  return {
    origin: ORIGIN,
    pages,
    fileKind: (path) => (files.has(path) ? 'file' : dirs.has(path.replace(/\/$/, '')) ? 'dir' : 'missing'),
  };
}

describe('where a link points', () => {
  it('treats absolute links to our own origin as internal and others as external', () => {
    expect(classify(`${ORIGIN}/hotlines/`, '/', ORIGIN).kind).toBe('internal');
    expect(classify('https://www.mass.gov/', '/', ORIGIN).kind).toBe('external');
  });

  it('leaves phone and e-mail links alone', () => {
    expect(classify('tel:+18004649555,1161', '/', ORIGIN).kind).toBe('other');
    expect(classify('mailto:fixes@worcester-help.org', '/', ORIGIN).kind).toBe('other');
  });
});

describe('broken references', () => {
  it('accept a page, a file and a fragment that exist', () => {
    const pages = [
      page(
        '/hotlines/',
        {},
        { refs: [link('/hotlines/#main'), link('/_astro/site.css', { tag: 'link' }), link('#main')] },
      ),
    ];
    expect(brokenReferences(site(pages))).toEqual([]);
  });

  it('report a page that does not exist', () => {
    const pages = [page('/hotlines/', {}, { refs: [link('/treatment/')] })];
    expect(brokenReferences(site(pages))).toEqual([
      '/hotlines/: a href="/treatment/" leads to a file that does not exist',
    ]);
  });

  it('report a fragment the target page does not have', () => {
    const pages = [page('/hotlines/', {}, { refs: [link('/hotlines/#nowhere')] })];
    expect(brokenReferences(site(pages))).toEqual([
      '/hotlines/: a href="/hotlines/#nowhere" leads to #nowhere, which /hotlines/ does not have',
    ]);
  });

  it('report a folder named without its trailing slash', () => {
    const pages = [page('/hotlines/', {}, { refs: [link('/es/hotlines')] })];
    expect(brokenReferences(site(pages))[0]).toContain('names a folder without its trailing slash');
  });

  it('report a link to "#" and a javascript: link', () => {
    const pages = [page('/hotlines/', {}, { refs: [link('#'), link('javascript:void(0)')] })];
    expect(brokenReferences(site(pages))).toEqual([
      '/hotlines/: a href="#" points nowhere',
      '/hotlines/: a href="javascript:void(0)" runs a script (javascript:)',
    ]);
  });

  it('accept finder state in a fragment, which is not an element id', () => {
    const pages = [page('/hotlines/', {}, { refs: [link('/hotlines/#service=detox&near=01608')] })];
    expect(brokenReferences(site(pages))).toEqual([]);
  });
});

describe('titles and descriptions', () => {
  it('report two pages with the same title', () => {
    const pages = [page('/hotlines/', {}, { titles: ['Help'] }), page('/es/hotlines/', {}, { titles: ['Help'] })];
    expect(titleProblems(site(pages))).toEqual(['/hotlines/, /es/hotlines/: share the title "Help"']);
  });

  it('report a page without a description', () => {
    expect(descriptionProblems(site([page('/hotlines/', {}, { descriptions: [] })]))).toEqual([
      '/hotlines/: has 0 meta descriptions',
    ]);
  });

  it('report a translated page that repeats the English description', () => {
    const pages = [
      page('/hotlines/', {}, { descriptions: ['Lines'] }),
      page('/es/hotlines/', {}, { descriptions: ['Lines'] }),
    ];
    expect(descriptionProblems(site(pages))).toEqual(['/es/hotlines/: repeats the English description of /hotlines/']);
  });

  it('accept the same description in two languages on a fallback page', () => {
    const pages = [
      page('/hotlines/', {}, { descriptions: ['Lines'] }),
      page('/es/hotlines/', { kind: 'fallback' }, { descriptions: ['Lines'] }),
    ];
    expect(descriptionProblems(site(pages))).toEqual([]);
  });
});

describe('links between languages', () => {
  it('report a Spanish page linking to an English page without saying so', () => {
    const pages = [page('/hotlines/'), page('/es/hotlines/', {}, { refs: [link('/hotlines/')] })];
    expect(crossLanguageLinks(site(pages))).toEqual([
      '/es/hotlines/: "Help lines" (/hotlines/) leads to the en page /hotlines/ without hreflang="en-US"',
    ]);
  });

  it('accept the language switcher and the "read in English" link, which carry hreflang', () => {
    const pages = [
      page('/hotlines/'),
      page('/es/hotlines/', {}, { refs: [link('/hotlines/', { hreflang: 'en-US' })] }),
    ];
    expect(crossLanguageLinks(site(pages))).toEqual([]);
  });
});

describe('external links', () => {
  it('report a link to another website without rel="noopener noreferrer"', () => {
    const pages = [page('/hotlines/', {}, { refs: [link('https://www.mass.gov/', { rel: ['noreferrer'] })] })];
    expect(externalLinksWithoutRel(site(pages))).toEqual(['/hotlines/: https://www.mass.gov/ lacks rel noopener']);
  });

  it('accept one with both', () => {
    const pages = [
      page('/hotlines/', {}, { refs: [link('https://www.mass.gov/', { rel: ['noopener', 'noreferrer'] })] }),
    ];
    expect(externalLinksWithoutRel(site(pages))).toEqual([]);
  });
});

describe('link texts', () => {
  it('report "click here", "aquí" and "leia mais" in any case and with punctuation', () => {
    const refs = [
      link('/hotlines/', { text: 'Click here!' }),
      link('/hotlines/', { text: 'aquí' }),
      link('/hotlines/', { text: 'Leia mais…' }),
    ];
    expect(vagueLinks(site([page('/hotlines/', {}, { refs })]))).toHaveLength(3);
  });

  it('report a link with no text at all', () => {
    expect(vagueLinks(site([page('/hotlines/', {}, { refs: [link('/hotlines/', { text: '' })] })]))).toEqual([
      '/hotlines/: the link to /hotlines/ has no text',
    ]);
  });

  it('accept a text that says where the link goes, even when it starts with "read more"', () => {
    const refs = [link('/hotlines/', { text: 'Read more about paying for treatment' })];
    expect(vagueLinks(site([page('/hotlines/', {}, { refs })]))).toEqual([]);
  });

  it('report a link whose text starts or ends with a space, a line break or a tab', () => {
    const refs = [
      link('/hotlines/', { rawText: 'treatment ' }),
      link('/hotlines/', { rawText: '\n  Detox' }),
      link('/hotlines/', { rawText: 'Detox\t' }),
      link('/hotlines/', { rawText: 'Help lines' }),
    ];
    expect(paddedLinks(site([page('/hotlines/', {}, { refs })]))).toEqual([
      '/hotlines/: the link to /hotlines/ has space at its start or end: "treatment "',
      '/hotlines/: the link to /hotlines/ has space at its start or end: "\n  Detox"',
      '/hotlines/: the link to /hotlines/ has space at its start or end: "Detox\t"',
    ]);
  });

  it('compare texts without accents, case or surrounding punctuation', () => {
    expect(normalizeLinkText('  «Más»… ')).toBe('mas');
  });
});

describe('landmarks', () => {
  it('allow the crisis bar and search results as regions', () => {
    const regions = ['crisis-bar-title', 'search-results-title'];
    expect(extraRegions(site([page('/hotlines/', {}, { regions })]))).toEqual([]);
  });

  it('report any other labelled section, such as one per help line', () => {
    const regions = ['crisis-bar-title', 'samhsa-national-helpline-name', 'label:Sources'];
    expect(extraRegions(site([page('/hotlines/', {}, { regions })]))).toEqual([
      '/hotlines/: a region labelled by "samhsa-national-helpline-name" (make it a plain section with its heading)',
      '/hotlines/: a region labelled by "label:Sources" (make it a plain section with its heading)',
    ]);
  });
});

describe('foreign loads', () => {
  it('recognise URLs that name a host', () => {
    expect(isAbsoluteUrl('https://cdn.example.net/a.js')).toBe(true);
    expect(isAbsoluteUrl('//cdn.example.net/a.js')).toBe(true);
    expect(isAbsoluteUrl('/_astro/a.js')).toBe(false);
    expect(isAbsoluteUrl('data:image/png;base64,AAAA')).toBe(false);
  });

  it('find every url() and @import in CSS', () => {
    expect(cssUrls(`@import "https://a.example/x.css"; .a{background:url( 'b.png' )} .b{mask:url(#m)}`)).toEqual([
      'b.png',
      '#m',
      'https://a.example/x.css',
    ]);
  });

  it('find static and dynamic imports in minified scripts', () => {
    expect(
      scriptImports(`import{a as b}from"https://x.example/m.js";import"./side.js";const l=()=>import('./lazy.js')`),
    ).toEqual(['https://x.example/m.js', './side.js', './lazy.js']);
  });
});
