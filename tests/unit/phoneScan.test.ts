import { describe, expect, it } from 'vitest';
import {
  allowedNumbers,
  dataStrings,
  decodeEntities,
  findPhoneNumbers,
  findPhoneNumbersInHref,
  htmlToText,
  hrefsOf,
  unknownNumbers,
} from '../../src/lib/phoneScan';

const digits = (text: string) => findPhoneNumbers(text).map((m) => m.digits);

describe('findPhoneNumbers', () => {
  it('finds a number written with parentheses, hyphens, dots or spaces', () => {
    expect(digits('(508) 854-3320; 508.797.6100; +1 508 634 1877; 1-800-366-7732')).toEqual([
      '5088543320',
      '5087976100',
      '5086341877',
      '8003667732',
    ]);
  });

  it('finds a number written as one run of digits, with or without +1', () => {
    expect(digits('+18003667732 and 8004649555')).toEqual(['8003667732', '8004649555']);
  });

  it('finds a local number without an area code', () => {
    expect(digits('call 854-3320')).toEqual(['8543320']);
  });

  it('turns a toll-free vanity number into keypad digits', () => {
    expect(findPhoneNumbers('call 1-877-MyRehab now')).toEqual([
      { raw: '1-877-MyRehab', digits: '8776973422', vanity: true },
    ]);
  });

  it('finds the number before an extension written after a space', () => {
    expect(digits('1-800-464-9555 1161')).toEqual(['8004649555']);
  });

  it('ignores years next to each other', () => {
    expect(digits('from 2017 2018 to 2019')).toEqual([]);
  });

  it('ignores dates written year-month-day', () => {
    expect(digits('on 2017-11-10')).toEqual([]);
  });

  it('ignores ZIP+4 codes', () => {
    expect(digits('Worcester, MA 01608-1234')).toEqual([]);
  });

  it('ignores amounts of money', () => {
    expect(digits('a grant of $2500000')).toEqual([]);
  });

  it('ignores figures grouped in thousands with dots or commas', () => {
    expect(digits('1.234.567 kits and 20,985 calls')).toEqual([]);
  });

  it('keeps a grouped figure and a year in parentheses apart', () => {
    expect(digits('Highest: 2,357 (2022). Lowest: 2.015 (2019)')).toEqual([]);
  });

  it('ignores short codes and SMS numbers of fewer than seven digits', () => {
    expect(digits('call 911 or 988, or text 435748')).toEqual([]);
  });

  it('does not read an ordinary word after 800 as a vanity number', () => {
    expect(digits('800 people came')).toEqual([]);
  });
});

describe('findPhoneNumbersInHref', () => {
  it('reads a tel: link with its extension pause', () => {
    expect(findPhoneNumbersInHref('tel:+18004649555,1161').map((m) => m.digits)).toEqual(['8004649555']);
  });

  it('reads an sms: link', () => {
    expect(findPhoneNumbersInHref('sms:+18337732445').map((m) => m.digits)).toEqual(['8337732445']);
  });

  it('ignores a page id in a web address', () => {
    expect(findPhoneNumbersInHref('https://www.globenewswire.com/news-release/2025/02/12/3025096/10373/en/')).toEqual(
      [],
    );
  });

  it('finds a formatted number inside a web address', () => {
    expect(findPhoneNumbersInHref('https://example.org/call-508-854-3320/').map((m) => m.digits)).toEqual([
      '5088543320',
    ]);
  });
});

describe('reading built HTML', () => {
  it('joins text split across inline tags', () => {
    expect(htmlToText('<p>Call <span>(508)</span> <b>854-3320</b></p>')).toContain('Call (508) 854-3320');
  });

  it('keeps table cells apart, so a year and a count never join', () => {
    expect(digits(htmlToText('<tr><td>2017</td><td>119</td></tr>'))).toEqual([]);
  });

  it('leaves out scripts and styles', () => {
    expect(htmlToText('<script>var n = "508-854-3320"</script><p>ok</p>')).not.toContain('508');
  });

  it('reads aria-label and title texts', () => {
    expect(htmlToText('<a aria-label="Call 508-854-3320" href="#">x</a>')).toContain('508-854-3320');
  });

  it('decodes numeric character references', () => {
    expect(decodeEntities('508&#8209;854&#x2011;3320')).toBe('508\u2011854\u20113320');
  });

  it('lists every href', () => {
    expect(hrefsOf(`<a href="tel:+18003667732">a</a><a href='/x/'>b</a>`)).toEqual(['tel:+18003667732', '/x/']);
  });
});

describe('allowed numbers', () => {
  it('allows a data number in full and without its area code', () => {
    const allowed = allowedNumbers(['+18003667732']);
    expect([...allowed].sort()).toEqual(['3667732', '8003667732']);
  });

  it('skips values stored under a key that marks them unverified', () => {
    expect(dataStrings({ phone: '+15085550100', phone_unverified_do_not_publish: '(508) 854-3320' })).toEqual([
      '+15085550100',
    ]);
  });

  it('reports a number on a page that the data does not contain', () => {
    expect(unknownNumbers('<p>Call 508-854-3320</p>', allowedNumbers(['+18003667732']))).toEqual([
      { where: 'text', raw: '508-854-3320', digits: '5088543320' },
    ]);
  });

  it('reports nothing when every number on the page is in the data', () => {
    const html = '<p>Call <a href="tel:+18003667732">1-800-366-7732</a></p>';
    expect(unknownNumbers(html, allowedNumbers(['+18003667732']))).toEqual([]);
  });
});
