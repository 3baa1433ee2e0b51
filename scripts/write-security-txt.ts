// Writes dist/.well-known/security.txt after `astro build` when CORRECTIONS_CONTACT is set. Without a
// contact there is no valid file (RFC 9116 requires one), so none is written and any old one is removed.
// A malformed CORRECTIONS_CONTACT fails with the same message the About page gives.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDate } from '../src/lib/dates';
import { correctionsContact } from '../src/lib/siteConfig';
import { resolveSiteUrl } from '../src/lib/siteUrl';
import { securityTxt } from './lib/securityTxt';

const dist = process.env['DIST_DIR'] ?? 'dist';
const path = join(dist, '.well-known', 'security.txt');
const siteSet = (process.env['SITE_URL'] ?? '').trim() !== '';
const text = securityTxt({
  contactHref: correctionsContact(process.env)?.href ?? null,
  built: buildDate(process.env),
  site: siteSet ? resolveSiteUrl(process.env) : null,
});
if (text === null) {
  rmSync(path, { force: true });
  console.log('CORRECTIONS_CONTACT is unset: no /.well-known/security.txt (it requires a contact; none is invented).');
} else {
  mkdirSync(join(dist, '.well-known'), { recursive: true });
  writeFileSync(path, text);
  console.log(`Wrote ${path}.`);
}
