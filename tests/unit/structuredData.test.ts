import { describe, expect, it } from 'vitest';
import { breadcrumbLd, contactType, newsArticleLd, organizationLd, serializeLd } from '../../src/lib/structuredData';

describe('structured data', () => {
  it('gives Spectrum only its own lines as contact points, with the extension', () => {
    const org = organizationLd({
      name: 'Spectrum Health Systems',
      url: 'https://www.spectrumhealthsystems.org/',
      lines: [
        { operator: 'Local emergency services', call: '911', extension: null, name: 'Emergency' },
        { operator: '988 Suicide & Crisis Lifeline', call: '988', extension: null, name: '988' },
        {
          operator: 'Spectrum Health Systems',
          call: '+18004649555',
          extension: '1161',
          name: 'Spectrum Health Systems, outpatient services and admissions',
        },
        {
          operator: 'Spectrum Health Systems',
          call: '+18003667732',
          extension: null,
          name: 'Spectrum Health Systems, inpatient services',
        },
      ],
    });
    expect(org['contactPoint']).toEqual([
      {
        '@type': 'ContactPoint',
        telephone: '+1-800-464-9555 ext. 1161',
        contactType: 'outpatient services and admissions',
        areaServed: 'US-MA',
      },
      {
        '@type': 'ContactPoint',
        telephone: '+1-800-366-7732',
        contactType: 'inpatient services',
        areaServed: 'US-MA',
      },
    ]);
  });

  it('keeps a line name that does not start with its operator as it is', () => {
    expect(contactType('Intake line', 'Spectrum Health Systems')).toBe('Intake line');
  });

  it('numbers breadcrumbs from 1 and leaves the home page without any', () => {
    expect(breadcrumbLd([{ name: 'Home', url: 'https://a/' }])).toBeNull();
    const crumbs = breadcrumbLd([
      { name: 'Home', url: 'https://a/' },
      { name: 'Treatment', url: 'https://a/treatment/' },
    ]);
    expect(crumbs?.['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://a/' },
      { '@type': 'ListItem', position: 2, name: 'Treatment', item: 'https://a/treatment/' },
    ]);
  });

  it('always gives a news item its publication date', () => {
    const base = {
      headline: 'H',
      url: 'https://a/news/x/',
      siteName: 'Worcester Treatment Help',
      inLanguage: 'en',
      image: 'https://a/og.png',
    };
    expect(newsArticleLd({ ...base, datePublished: '2017-11-10', isBasedOn: 'https://orig/' })).toMatchObject({
      datePublished: '2017-11-10',
      isBasedOn: 'https://orig/',
    });
  });

  it('names this site, not the original publisher, as the author of a news summary', () => {
    const article = newsArticleLd({
      headline: 'H',
      url: 'https://a/news/x/',
      siteName: 'Worcester Treatment Help',
      inLanguage: 'en',
      image: 'https://a/og.png',
      datePublished: '2017-11-10',
      isBasedOn: 'https://www.spectrumcorrections.org/release/',
    });
    expect(article['author']).toEqual({ '@type': 'Organization', name: 'Worcester Treatment Help' });
    expect(article['publisher']).toEqual({ '@type': 'Organization', name: 'Worcester Treatment Help' });
  });

  it('cannot be closed early by text inside it', () => {
    expect(serializeLd({ '@type': 'Thing', name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
