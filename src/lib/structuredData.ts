import { internationalNumber } from './tel';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown> & { '@type': string };

/** Spectrum's own lines become contactPoints; 911 and 988 are not Spectrum's and never appear. */
export interface OrganizationLine {
  readonly operator: string;
  readonly call?: string | undefined;
  readonly extension: string | null;
  readonly name: string;
}

/**
 * A ContactPoint's short `contactType`: the line's name without its operator ("Spectrum Health Systems,
 * inpatient services" → "inpatient services"), as schema.org's examples ("customer service") are short.
 * @example contactType('Spectrum Health Systems, inpatient services', 'Spectrum Health Systems') // 'inpatient services'
 */
export function contactType(name: string, operator: string): string {
  const prefix = `${operator}, `;
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/**
 * Spectrum Health Systems as an Organization, with only the lines it operates as contact points,
 * telephones in international form (`+1-800-366-7732`).
 * @example organizationLd({ name: 'Spectrum Health Systems', url: 'https://www.spectrumhealthsystems.org/', lines })
 */
export function organizationLd(input: { name: string; url: string; lines: readonly OrganizationLine[] }): JsonLd {
  const own = input.lines.filter((l) => l.operator === input.name && l.call?.startsWith('+'));
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: input.name,
    url: input.url,
    contactPoint: own.map((l) => ({
      '@type': 'ContactPoint',
      telephone: internationalNumber(l.call!, l.extension),
      contactType: contactType(l.name, l.operator),
      areaServed: 'US-MA',
    })),
  };
}

/**
 * Breadcrumbs from the home page down to the current page; null for the home page itself.
 * @example breadcrumbLd([{ name: 'Home', url: 'https://x/' }, { name: 'Treatment', url: 'https://x/treatment/' }])
 */
export function breadcrumbLd(trail: readonly { name: string; url: string }[]): JsonLd | null {
  if (trail.length < 2) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.name,
      item: step.url,
    })),
  };
}

/**
 * A news item: this site's summary of another organisation's release. The summary's author and publisher
 * are this site (`siteName`); the original is `isBasedOn`. `datePublished` is always a Worcester date (see
 * `datedBy` in dates.ts).
 * @example newsArticleLd({ headline: 'x', url: 'https://x/news/a/', datePublished: '2017-11-10', siteName: 'Worcester Treatment Help', inLanguage: 'en', isBasedOn: 'https://…' })
 */
export function newsArticleLd(input: {
  headline: string;
  url: string;
  datePublished: string;
  /** This site's name: it wrote the summary, not the organisation whose release it summarises. */
  siteName: string;
  inLanguage: string;
  isBasedOn?: string | null | undefined;
  image: string;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline.slice(0, 110),
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: input.inLanguage,
    image: [input.image],
    datePublished: input.datePublished,
    author: { '@type': 'Organization', name: input.siteName },
    publisher: { '@type': 'Organization', name: input.siteName },
    ...(input.isBasedOn ? { isBasedOn: input.isBasedOn } : {}),
  };
}

/**
 * Serialises JSON-LD for a <script type="application/ld+json"> without letting text close the element.
 * @example serializeLd({ '@type': 'Thing', name: '</script>' }) // '{"@type":"Thing","name":"\\u003c/script>"}'
 */
export function serializeLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The statistics page as a Dataset with its two downloads.
 * @example datasetLd({ name: 'x', description: 'y', url: 'https://a/statistics/', creators: ['Mass. DPH'], csvUrl, jsonUrl, licence: '…', inLanguage: 'en' })
 */
export function datasetLd(input: {
  name: string;
  description: string;
  url: string;
  creators: readonly string[];
  csvUrl: string;
  jsonUrl: string;
  licence: string;
  inLanguage: string;
  dateModified?: string | null | undefined;
  spatialCoverage: string;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.inLanguage,
    isAccessibleForFree: true,
    creator: [...new Set(input.creators)].map((name) => ({ '@type': 'Organization', name })),
    license: { '@type': 'CreativeWork', name: input.licence },
    spatialCoverage: input.spatialCoverage,
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: input.jsonUrl },
    ],
  };
}
