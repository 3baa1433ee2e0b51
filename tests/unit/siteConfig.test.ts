import { describe, expect, it } from 'vitest';
import { correctionsContact, publicationContact } from '../../src/lib/siteConfig';

describe('correctionsContact', () => {
  it('gives no contact when CORRECTIONS_CONTACT is unset', () => {
    expect(correctionsContact({})).toBeNull();
  });

  it('gives no contact when CORRECTIONS_CONTACT is blank', () => {
    expect(correctionsContact({ CORRECTIONS_CONTACT: '   ' })).toBeNull();
  });

  it('turns an e-mail address into a mailto link', () => {
    expect(correctionsContact({ CORRECTIONS_CONTACT: 'fixes@worcester-help.org' })).toEqual({
      kind: 'email',
      value: 'fixes@worcester-help.org',
      href: 'mailto:fixes@worcester-help.org',
    });
  });

  it('keeps an https web address as the link', () => {
    expect(correctionsContact({ CORRECTIONS_CONTACT: 'https://worcester-help.org/report' })?.href).toBe(
      'https://worcester-help.org/report',
    );
  });

  it('refuses a plain http web address', () => {
    expect(() => correctionsContact({ CORRECTIONS_CONTACT: 'http://worcester-help.org/report' })).toThrow(
      /CORRECTIONS_CONTACT .* not an https:\/\/ web address/,
    );
  });

  it('refuses a value that is neither an address nor a web address', () => {
    expect(() => correctionsContact({ CORRECTIONS_CONTACT: 'call us' })).toThrow(
      /neither an e-mail address nor a web address/,
    );
  });

  it('refuses a placeholder domain in an e-mail address', () => {
    expect(() => correctionsContact({ CORRECTIONS_CONTACT: 'corrections@example.org' })).toThrow(/placeholder/);
  });

  it('refuses a placeholder domain in a web address', () => {
    expect(() => correctionsContact({ CORRECTIONS_CONTACT: 'https://example.com/contact' })).toThrow(/placeholder/);
  });

  it('asks for the address alone when given a mailto link', () => {
    expect(() => correctionsContact({ CORRECTIONS_CONTACT: 'mailto:fixes@worcester-help.org' })).toThrow(
      /give the address alone/,
    );
  });
});

describe('a build for publication', () => {
  it('fails when SITE_URL is set and CORRECTIONS_CONTACT is not, saying what to set', () => {
    expect(() => publicationContact({ SITE_URL: 'https://worcester-help.org' })).toThrow(
      /SITE_URL is set, so this is a build for publication, but CORRECTIONS_CONTACT is not.*Set CORRECTIONS_CONTACT to an e-mail address/,
    );
  });

  it('passes with a contact, and a local build passes without one', () => {
    expect(
      publicationContact({ SITE_URL: 'https://worcester-help.org', CORRECTIONS_CONTACT: 'fixes@worcester-help.org' })
        ?.href,
    ).toBe('mailto:fixes@worcester-help.org');
    expect(publicationContact({})).toBeNull();
    // npm start on another free port sets SITE_URL to that local address: still a local build.
    expect(publicationContact({ SITE_URL: 'http://localhost:4322' })).toBeNull();
    expect(publicationContact({ SITE_URL: 'http://127.0.0.1:4460/' })).toBeNull();
    expect(() => publicationContact({ SITE_URL: 'https://localhost.example.org' })).toThrow(/CORRECTIONS_CONTACT/);
  });
});
