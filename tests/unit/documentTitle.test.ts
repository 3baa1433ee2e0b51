import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_TITLE_LENGTH } from '../../src/lib/documentTitle';

describe('documentTitle', () => {
  it("adds the site's name to a page's title", () => {
    expect(documentTitle('Help lines', 'Worcester Treatment Help', false)).toBe(
      'Help lines | Worcester Treatment Help',
    );
  });

  it("leaves the site's name out when both together would be too long", () => {
    const title = documentTitle('El programa de desvío para compradores', 'Ayuda para tratamiento en Worcester', false);
    expect(title).toBe('El programa de desvío para compradores');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });

  it("is the site's name alone on the home page", () => {
    expect(documentTitle('Home', 'Worcester Treatment Help', true)).toBe('Worcester Treatment Help');
  });
});
