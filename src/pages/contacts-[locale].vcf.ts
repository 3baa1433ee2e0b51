import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { isLocaleCode, LOCALES } from '../i18n/locales';
import { VCARD_CONTENT_TYPE } from '../lib/carry/files';
import { carryLines, hotlinesUrl } from '../lib/carry/lines';
import { buildVCard } from '../lib/carry/vcard';

/** One contact file per language: /contacts-en.vcf, /contacts-es.vcf, … (the name vcardFileName gives). */
export const getStaticPaths: GetStaticPaths = () => LOCALES.map((l) => ({ params: { locale: l.code } }));

/** The help lines as one vCard 4.0 contact in the language of the file name; made at build time. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params['locale'] ?? '';
  if (!isLocaleCode(locale)) throw new Error(`No contact file for locale "${locale}"`);
  const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
  const hotlines = (await getCollection('hotlines')).map((e) => e.data);
  const lines = carryLines(hotlines, sources, locale);
  return new Response(buildVCard(lines, locale, hotlinesUrl(site!.href, locale)), {
    headers: { 'Content-Type': VCARD_CONTENT_TYPE },
  });
};
