import { describe, expect, it } from 'vitest';
import { securityTxt } from '../../scripts/lib/securityTxt';

const built = new Date('2026-01-01T12:00:00Z');

describe('security.txt', () => {
  it('is not published when no contact is configured, because the format requires one', () => {
    expect(securityTxt({ contactHref: null, built, site: null })).toBeNull();
  });

  it('names the configured e-mail contact', () => {
    const text = securityTxt({ contactHref: 'mailto:fixes@worcester-help.org', built, site: null })!;
    expect(text).toMatch(/^Contact: mailto:fixes@worcester-help\.org$/m);
  });

  it('names the configured web contact', () => {
    const text = securityTxt({ contactHref: 'https://worcester-help.org/contact/', built, site: null })!;
    expect(text).toMatch(/^Contact: https:\/\/worcester-help\.org\/contact\/$/m);
  });

  it('expires 180 days after the build, at midnight UTC', () => {
    const text = securityTxt({ contactHref: 'mailto:a@b.org', built, site: null })!;
    expect(text).toMatch(/^Expires: 2026-06-30T00:00:00\.000Z$/m);
  });

  it('gives its canonical address only when the site address is configured', () => {
    expect(securityTxt({ contactHref: 'mailto:a@b.org', built, site: null })).not.toContain('Canonical:');
    expect(securityTxt({ contactHref: 'mailto:a@b.org', built, site: 'https://worcester-help.org' })).toMatch(
      /^Canonical: https:\/\/worcester-help\.org\/\.well-known\/security\.txt$/m,
    );
  });

  it('has only comment lines and fields, ending with a newline', () => {
    const text = securityTxt({ contactHref: 'mailto:a@b.org', built, site: 'https://worcester-help.org' })!;
    expect(text.endsWith('\n')).toBe(true);
    expect(
      text
        .trimEnd()
        .split('\n')
        .filter((l) => !/^(#|[A-Z][A-Za-z-]+: \S)/.test(l)),
    ).toEqual([]);
  });
});
