/**
 * The production serving configuration in one place: the security headers, the caching rules, the
 * privacy-preserving access log and the localized 404 pages. `scripts/write-deploy-config.ts` turns it
 * into the files under `deploy/` (nginx and a `_headers` file for static hosts); a unit test fails when
 * `deploy/` differs from what this module produces, and `tests/nginx/` serves a build through the result.
 */
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { VCARD_CONTENT_TYPE, vcardFileName } from '../../src/lib/carry/files';

/** A response header sent with every response: pages, assets, redirects and 404s. */
export interface SecurityHeader {
  readonly name: string;
  readonly value: string;
  /** Why the header is there, written into the generated files. */
  readonly why: string;
}

/**
 * Browser features the site never uses, denied to every origin. `geolocation` is the one feature the
 * site uses (the finder's opt-in "use my location") and is allowed for our own origin only.
 */
export const DENIED_FEATURES: readonly string[] = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/**
 * The Permissions-Policy value: geolocation for our origin, every listed feature denied.
 * @example permissionsPolicy(['camera']) // 'geolocation=(self), camera=()'
 */
export function permissionsPolicy(denied: readonly string[] = DENIED_FEATURES): string {
  return ['geolocation=(self)', ...denied.map((feature) => `${feature}=()`)].join(', ');
}

/**
 * Only what a `<meta>` policy cannot carry (frame-ancestors) or can never conflict with Astro's per-page
 * policy, which holds the script and style hashes (DESIGN §9). Browsers enforce both policies.
 */
export const HEADER_CSP = "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'";

export const SECURITY_HEADERS: readonly SecurityHeader[] = [
  {
    name: 'Content-Security-Policy',
    value: HEADER_CSP,
    why: 'adds to the per-page <meta> policy only what it cannot carry or never conflicts with it',
  },
  {
    name: 'Strict-Transport-Security',
    value: 'max-age=31536000; includeSubDomains',
    why: 'HTTPS only for a year; browsers ignore it on plain HTTP',
  },
  { name: 'X-Content-Type-Options', value: 'nosniff', why: 'files are used only as their declared type' },
  { name: 'Referrer-Policy', value: 'no-referrer', why: 'other sites never learn which page a reader came from' },
  {
    name: 'Permissions-Policy',
    value: permissionsPolicy(),
    why: 'location for the finder on our own origin only; every other feature denied',
  },
  {
    name: 'Cross-Origin-Opener-Policy',
    value: 'same-origin',
    why: 'a page opened from another site cannot reach our window',
  },
];

/** Folder of Astro's content-hashed build output (Astro's default `build.assets`). */
export const HASHED_ASSETS_DIR = '_astro';

/** Hashed file names never change content: cache them for a year. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages, 404s and unhashed files: ten minutes, then revalidated (a changed phone number reaches readers fast). */
export const CACHE_SHORT = 'public, max-age=600';

/** Pagefind fetches index chunks named after word prefixes, so its requests reveal search terms: never logged. */
export const UNLOGGED_PREFIX = '/pagefind/';

/** Name of the access-log format that keeps no query string and no full IP address. */
export const LOG_FORMAT_NAME = 'worcester_privacy';

/**
 * How the access log shortens an address: the last IPv4 octet becomes 0; IPv6 keeps at most its first
 * three groups (a /48 network). Patterns are tried in order; anything else is logged as `-`.
 * `pattern` is a JavaScript regular expression whose syntax nginx's PCRE reads the same way.
 */
export const ADDRESS_RULES: readonly { readonly pattern: string; readonly keep: string }[] = [
  { pattern: '(?<net>\\d+\\.\\d+\\.\\d+)\\.\\d+$', keep: '$net.0' },
  { pattern: '^(?<net>[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}):', keep: '$net::' },
  { pattern: '^(?<net>[0-9a-f]{1,4}:[0-9a-f]{1,4}):', keep: '$net::' },
  { pattern: '^(?<net>[0-9a-f]{1,4})::', keep: '$net::' },
];

/**
 * The address as the access log records it, computed the way the generated nginx map does.
 * @example anonymizeAddress('203.0.113.77') // '203.0.113.0'
 * @example anonymizeAddress('2001:db8:85a3::8a2e:370:7334') // '2001:db8:85a3::'
 */
export function anonymizeAddress(address: string): string {
  for (const rule of ADDRESS_RULES) {
    const match = new RegExp(rule.pattern, 'i').exec(address);
    if (match?.groups?.['net'] !== undefined) return rule.keep.replace('$net', match.groups['net']);
  }
  return '-';
}

/** Locales published under a URL prefix, each with its own 404 page at `/<prefix>/404.html`. */
function prefixedLocales(locales: readonly Locale[]): Locale[] {
  return locales.filter((l) => l.path !== '');
}

/**
 * The 404 page for each locale prefix, most specific first; the root 404 serves everything else.
 * @example notFoundPages()[0] // { prefix: '/es/', page: '/es/404.html' }
 */
export function notFoundPages(locales: readonly Locale[] = LOCALES): { prefix: string; page: string }[] {
  return [
    ...prefixedLocales(locales).map((l) => ({ prefix: `/${l.path}/`, page: `/${l.path}/404.html` })),
    { prefix: '/', page: '/404.html' },
  ];
}

const GENERATED = (what: string) =>
  [
    `# ${what}`,
    '# Generated by `npm run deploy:config` from scripts/lib/deployConfig.ts and',
    '# src/i18n/locales.ts. Do not edit by hand: a unit test fails when this file differs from the generator.',
  ].join('\n');

// nginx keeps a backslash inside quotes unless it precedes a quote, a backslash, t, r or n.
const quote = (value: string) => `"${value.replace(/"/g, '\\"')}"`;
const regexForNginx = (pattern: string) => pattern.replace(/\(\?<([a-z_]+)>/g, '(?P<worcester_$1>');
const keepForNginx = (keep: string) => keep.replace('$net', '$worcester_net');

/**
 * nginx `http`-level part: maps and the log format. Debian: /etc/nginx/conf.d/worcester-help.conf.
 * @example nginxHttpConf().includes('log_format worcester_privacy') // true
 */
export function nginxHttpConf(locales: readonly Locale[] = LOCALES): string {
  const pad = (s: string, width: number) => s.padEnd(width);
  const addressLines = ADDRESS_RULES.map(
    (r) => `    ${pad(quote(`~*${regexForNginx(r.pattern)}`), 78)} ${keepForNginx(r.keep)};`,
  );
  const notFoundLines = notFoundPages(locales)
    .filter((p) => p.prefix !== '/')
    .map((p) => `    ${pad(`~^${p.prefix}`, 12)} ${p.page};`);
  return `${GENERATED('Worcester Treatment Help: nginx http-level settings (maps and the access-log format).')}
# Debian: copy to /etc/nginx/conf.d/worcester-help.conf (read inside the http block).

# The client address without its host part: 203.0.113.77 -> 203.0.113.0; IPv6 keeps a /48.
map $remote_addr $worcester_client {
${addressLines.join('\n')}
    default                                                                        -;
}

# The requested path without its query string (query strings are never logged).
map $request_uri $worcester_path {
    ${pad('"~^(?P<worcester_p>[^?]*)"', 30)} $worcester_p;
}

# Pagefind's requests name the first letters of searched words: they are not logged at all.
map $request_uri $worcester_loggable {
    ${pad(`~^${UNLOGGED_PREFIX}`, 30)} 0;
    ${pad('default', 30)} 1;
}

# Each language's own "page not found", so a Spanish path gets the Spanish 404.
map $uri $worcester_not_found {
${notFoundLines.join('\n')}
    ${pad('default', 12)} /404.html;
}

# Content-hashed build output never changes under its name; everything else is revalidated soon.
map $uri $worcester_cache_control {
    ${pad(`~^/${HASHED_ASSETS_DIR}/`, 12)} ${quote(CACHE_IMMUTABLE)};
    ${pad('default', 12)} ${quote(CACHE_SHORT)};
}

# No referrer, no user agent, no query string, no full address.
log_format ${LOG_FORMAT_NAME} '$worcester_client [$time_iso8601] "$request_method $worcester_path $server_protocol" $status $body_bytes_sent';
`;
}

/** Responses smaller than this many bytes are sent as they are: gzip would save next to nothing. */
export const GZIP_MIN_LENGTH = 256;

/**
 * nginx server-level part shared by every deployment and by the nginx test: headers, caching, gzip, 404s.
 * Debian: /etc/nginx/snippets/worcester-help-site.conf, included by the server block.
 * @example nginxSiteConf().includes('server_tokens off;') // true
 */
export function nginxSiteConf(): string {
  const headers = SECURITY_HEADERS.map((h) => `# ${h.why}\nadd_header ${h.name} ${quote(h.value)} always;`);
  return `${GENERATED('Worcester Treatment Help: nginx server settings, included inside the server block.')}
# Debian: copy to /etc/nginx/snippets/worcester-help-site.conf.
#
# Every add_header lives here, at server level, with "always" (so 404s and redirects carry them too).
# A location block with an add_header of its own would silently drop all of them: keep it that way.

server_tokens off;
# Redirects such as /es -> /es/ carry a relative Location header.
absolute_redirect off;
index index.html;
autoindex off;
charset utf-8;
charset_types text/html text/plain text/css text/csv text/vcard text/xml application/javascript application/json application/xml image/svg+xml;
# A missing file is not an error worth logging (it would record the address and the query string).
log_not_found off;

gzip on;
gzip_vary on;
gzip_comp_level 6;
gzip_min_length ${GZIP_MIN_LENGTH};
gzip_types text/plain text/css text/csv text/vcard text/xml application/javascript application/json application/xml image/svg+xml;

# Folders without an index page answer like missing pages; each language gets its own 404 page.
error_page 403 =404 $worcester_not_found;
error_page 404 $worcester_not_found;

${headers.join('\n')}
# Hashed assets for a year; pages, 404s and everything else for ten minutes.
add_header Cache-Control $worcester_cache_control always;

location / {
}

# Statistics downloads: Debian's mime.types has no entry for CSV.
location ~* \\.csv$ {
    types {
        text/csv csv;
    }
}

# Contact files (/contacts-en.vcf, …): Debian's mime.types has no entry for vCard (RFC 6350: text/vcard).
location ~* \\.vcf$ {
    types {
        text/vcard vcf;
    }
}
`;
}

/** Where a Debian server keeps the built site and its logs; the nginx test replaces exactly these. */
export const SERVER_BLOCK_PATHS = {
  root: '/var/www/worcester-help',
  logDir: '/var/log/nginx/',
  listen: ['listen 80;', 'listen [::]:80;'],
} as const;

/**
 * nginx server block for Debian's sites-available, plain HTTP: TLS is added by certbot or a front proxy.
 * @example nginxServerConf().includes('include snippets/worcester-help-site.conf;') // true
 */
export function nginxServerConf(): string {
  const { root, logDir, listen } = SERVER_BLOCK_PATHS;
  return `${GENERATED('Worcester Treatment Help: nginx server block.')}
# Debian: copy to /etc/nginx/sites-available/worcester-help and link it from sites-enabled/.
# Needs conf.d/worcester-help.conf and snippets/worcester-help-site.conf next to it (see README, Deployment).

server {
    ${listen.join('\n    ')}
    # Replace "_" with the site's host name.
    server_name _;

    # A copy of dist/ that the nginx worker user (www-data) can read.
    root ${root};

    access_log ${logDir}worcester-help.access.log ${LOG_FORMAT_NAME} if=$worcester_loggable;
    # Errors below "crit" would name the reader's full address and request line.
    error_log ${logDir}worcester-help.error.log crit;

    include snippets/worcester-help-site.conf;
}
`;
}

/**
 * `_headers` for Netlify and Cloudflare Pages. Cache-Control is set only for hashed assets: both hosts
 * add the same header from every matching rule together, and both already revalidate pages on every visit.
 * @example staticHostHeaders().startsWith('#') // true
 */
export function staticHostHeaders(locales: readonly Locale[] = LOCALES): string {
  const headers = SECURITY_HEADERS.map((h) => `  ${h.name}: ${h.value}`);
  const contactFiles = locales.map((l) => `/${vcardFileName(l.code)}\n  Content-Type: ${VCARD_CONTENT_TYPE}`);
  return `${GENERATED('Worcester Treatment Help: response headers for static hosts (Netlify, Cloudflare Pages).')}
# Copy to dist/_headers before publishing (see README, Deployment).

/*
${headers.join('\n')}

/${HASHED_ASSETS_DIR}/*
  Cache-Control: ${CACHE_IMMUTABLE}

# Contact files, so phones offer to add them to the contacts (RFC 6350: text/vcard).
${contactFiles.join('\n\n')}
`;
}

/**
 * Netlify `_redirects`: each language's 404 page for its missing paths (Cloudflare Pages already serves
 * the nearest 404.html and needs no file).
 * @example staticHostRedirects().includes('/es/*  /es/404.html  404') // true
 */
export function staticHostRedirects(locales: readonly Locale[] = LOCALES): string {
  const lines = notFoundPages(locales)
    .filter((p) => p.prefix !== '/')
    .map((p) => `${p.prefix}*  ${p.page}  404`);
  return `${GENERATED("Worcester Treatment Help: each language's 404 page on Netlify.")}
# Copy to dist/_redirects before publishing on Netlify. The root 404.html needs no rule.

${lines.join('\n')}
`;
}

/**
 * Every generated file under `deploy/`, by path relative to the project root.
 * @example Object.keys(deployFiles()).includes('deploy/static-host/_headers') // true
 */
export function deployFiles(locales: readonly Locale[] = LOCALES): Record<string, string> {
  return {
    'deploy/nginx/worcester-help-http.conf': nginxHttpConf(locales),
    'deploy/nginx/worcester-help-site.conf': nginxSiteConf(),
    'deploy/nginx/worcester-help.conf': nginxServerConf(),
    'deploy/static-host/_headers': staticHostHeaders(locales),
    'deploy/static-host/_redirects': staticHostRedirects(locales),
  };
}

/**
 * Locations of an nginx configuration that set a header themselves. nginx then drops every header set at
 * server level for them, so a single one would serve pages without the security headers.
 * @example locationsWithHeaders('location /a/ { add_header X-A 1; }') // ['location /a/']
 */
export function locationsWithHeaders(conf: string): string[] {
  const text = conf.replace(/#.*$/gm, '');
  const found: string[] = [];
  for (const match of text.matchAll(/location\s+([^{]+)\{/g)) {
    let depth = 1;
    let i = match.index + match[0].length;
    const start = i;
    while (i < text.length && depth > 0) {
      if (text[i] === '{') depth += 1;
      if (text[i] === '}') depth -= 1;
      i += 1;
    }
    if (/\badd_header\b/.test(text.slice(start, i))) found.push(`location ${match[1]!.trim()}`);
  }
  return found;
}

/** nginx variables that would put a query string, a referrer, a user agent or a full address in a log. */
export const LEAKY_LOG_VARIABLES: readonly string[] = [
  '$request',
  '$request_uri',
  '$args',
  '$query_string',
  '$is_args',
  '$http_referer',
  '$http_user_agent',
  '$remote_addr',
  '$binary_remote_addr',
  '$http_x_forwarded_for',
  '$realip_remote_addr',
];

/**
 * The leaky variables a log format uses (matched as whole variable names).
 * @example leakyLogVariables('$remote_addr "$request"') // ['$request', '$remote_addr']
 */
export function leakyLogVariables(format: string): string[] {
  return LEAKY_LOG_VARIABLES.filter((v) => new RegExp(`\\${v}(?![A-Za-z0-9_])`).test(format));
}
