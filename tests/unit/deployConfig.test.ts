import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  anonymizeAddress,
  deployFiles,
  leakyLogVariables,
  locationsWithHeaders,
  notFoundPages,
  SECURITY_HEADERS,
} from '../../scripts/lib/deployConfig';
import { LOCALES } from '../../src/i18n/locales';
import { vcardFileName } from '../../src/lib/carry/files';
import { LOCAL_PREVIEW_URL } from '../../src/lib/siteUrl';
import { buildRouteTable } from '../../src/lib/routeTable';

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '(missing)');
const siteConf = () => read('deploy/nginx/worcester-help-site.conf');
const httpConf = () => read('deploy/nginx/worcester-help-http.conf');

describe('deploy/ and the build stay in step', () => {
  it('holds exactly what the generator writes (else run: npm run deploy:config)', () => {
    const stale = Object.entries(deployFiles())
      .filter(([path, text]) => read(path) !== text)
      .map(([path]) => path);
    expect(stale, 'deploy/ is out of date: run npm run deploy:config').toEqual([]);
  });

  it('gives every language the 404 page the build writes for it', () => {
    const built = buildRouteTable({ site: LOCAL_PREVIEW_URL, pages: [] })
      .filter((r) => r.kind === '404')
      .map((r) => r.path);
    expect(
      notFoundPages()
        .map((p) => p.page)
        .sort(),
    ).toEqual([...built].sort());
  });

  it('sends each language its own 404 page from nginx and from Netlify', () => {
    for (const { prefix, page } of notFoundPages().filter((p) => p.prefix !== '/')) {
      expect(httpConf()).toContain(`~^${prefix}`.padEnd(12) + ` ${page};`);
      expect(read('deploy/static-host/_redirects')).toContain(`${prefix}*  ${page}  404`);
    }
  });
});

describe('contact files', () => {
  it('are served as text/vcard in UTF-8 by nginx', () => {
    expect(siteConf()).toMatch(/location ~\* \\\.vcf\$ \{\s*types \{\s*text\/vcard vcf;/);
    expect(siteConf()).toMatch(/^charset_types .*\btext\/vcard\b/m);
  });

  it('are served as text/vcard in UTF-8 by static hosts, one rule per language', () => {
    const headersFile = read('deploy/static-host/_headers');
    for (const locale of LOCALES) {
      expect(headersFile).toContain(`/${vcardFileName(locale.code)}\n  Content-Type: text/vcard; charset=utf-8`);
    }
  });
});

describe('security headers', () => {
  it('are all set at server level with "always", so 404s and redirects carry them too', () => {
    const lines = siteConf()
      .split('\n')
      .filter((l) => l.startsWith('add_header'));
    expect(lines.length).toBe(SECURITY_HEADERS.length + 1);
    expect(lines.filter((l) => !l.endsWith(' always;'))).toEqual([]);
  });

  it('are never dropped by a location block that sets headers of its own', () => {
    expect(locationsWithHeaders(siteConf())).toEqual([]);
  });

  it('canary: a location that sets its own header is caught', () => {
    const broken = `${siteConf()}\nlocation /_astro/ {\n    types { text/css css; }\n    add_header Cache-Control "x";\n}\n`;
    expect(locationsWithHeaders(broken)).toEqual(['location /_astro/']);
  });

  it('are the same for nginx and for static hosts', () => {
    const fromNginx = [...siteConf().matchAll(/^add_header (\S+) "(.*)" always;$/gm)]
      .filter((m) => m[1] !== 'Cache-Control')
      .map((m) => `${m[1]}: ${m[2]}`);
    const headersFile = read('deploy/static-host/_headers');
    const everyPath = headersFile.slice(
      headersFile.indexOf('/*\n'),
      headersFile.indexOf('\n\n', headersFile.indexOf('/*\n')),
    );
    const fromHeadersFile = everyPath
      .split('\n')
      .slice(1)
      .map((l) => l.trim());
    expect(fromHeadersFile).toEqual(fromNginx);
  });

  it('keep the server policy to what a <meta> policy cannot carry or never conflicts with', () => {
    const csp = SECURITY_HEADERS.find((h) => h.name === 'Content-Security-Policy')!.value;
    expect(csp).toBe("frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'");
  });

  it('allow location for our own origin and deny every other listed feature', () => {
    const policy = SECURITY_HEADERS.find((h) => h.name === 'Permissions-Policy')!.value.split(', ');
    expect(policy[0]).toBe('geolocation=(self)');
    expect(policy.slice(1).filter((p) => !p.endsWith('=()'))).toEqual([]);
  });
});

describe('access log', () => {
  it('zeroes the last number of an IPv4 address', () => {
    expect(anonymizeAddress('203.0.113.77')).toBe('203.0.113.0');
    expect(anonymizeAddress('::ffff:192.0.2.33')).toBe('192.0.2.0');
  });

  it('keeps only the /48 network of an IPv6 address', () => {
    expect(anonymizeAddress('2001:db8:85a3::8a2e:370:7334')).toBe('2001:db8:85a3::');
    expect(anonymizeAddress('2001:db8::1')).toBe('2001:db8::');
    expect(anonymizeAddress('fe80::1')).toBe('fe80::');
  });

  it('writes "-" for an address it cannot shorten', () => {
    expect(anonymizeAddress('::1')).toBe('-');
  });

  it('uses no variable that holds a query string, a referrer, a user agent or a full address', () => {
    const format = /^log_format worcester_privacy (.*);$/m.exec(httpConf())?.[1];
    expect(format).toBeDefined();
    expect(leakyLogVariables(format!)).toEqual([]);
  });

  it('canary: the common "combined" format is caught as leaky', () => {
    const combined =
      '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"';
    expect(leakyLogVariables(combined)).toEqual(['$request', '$http_referer', '$http_user_agent', '$remote_addr']);
  });

  it('is switched off for Pagefind, whose requests name the letters people searched for', () => {
    expect(httpConf()).toMatch(/map \$request_uri \$worcester_loggable \{\n\s+~\^\/pagefind\/\s+0;/);
    expect(read('deploy/nginx/worcester-help.conf')).toContain('worcester_privacy if=$worcester_loggable;');
  });
});
