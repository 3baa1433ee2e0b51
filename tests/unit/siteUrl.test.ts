import { describe, expect, it } from 'vitest';
import { LOCAL_PREVIEW_URL, resolveSiteUrl } from '../../src/lib/siteUrl';

describe('site origin', () => {
  it('defaults to the local preview address', () => {
    expect(resolveSiteUrl({})).toBe(LOCAL_PREVIEW_URL);
  });

  it('uses SITE_URL without a trailing slash', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://help.worcesterma.gov/' })).toBe('https://help.worcesterma.gov');
  });

  it('fails on a placeholder host', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'https://www.example.org' })).toThrow(/placeholder host/);
    expect(() => resolveSiteUrl({ SITE_URL: 'https://example.com' })).toThrow(/placeholder host/);
  });

  it('fails on an address with a path or that is not a URL', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'https://help.org/site' })).toThrow(/without a path/);
    expect(() => resolveSiteUrl({ SITE_URL: 'help.org' })).toThrow(/absolute URL/);
  });
});
