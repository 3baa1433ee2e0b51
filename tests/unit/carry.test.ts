import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { carryLines, hotlinesUrl, type CarryLine } from '../../src/lib/carry/lines';
import { qrCode, qrMatrix, qrPath, QR_QUIET_ZONE } from '../../src/lib/carry/qr';
import { lineText, numberRuns, smsBody, smsHref } from '../../src/lib/carry/text';
import { cutMarks, LETTER_LAYOUT, sheetSize } from '../../src/lib/carry/sheet';
import { vcardFileName } from '../../src/lib/carry/files';
import { buildVCard, escapeText, foldLine } from '../../src/lib/carry/vcard';
import { loadHotlines, loadSources } from '../../src/lib/contentFiles';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales';

const hotlines = loadHotlines();
const sources = new Map(loadSources().map((s) => [s.id, s]));
const site = 'https://help.worcester.gov';

describe('lines to carry away', () => {
  it('lists the crisis-bar lines in bar order, then the state helpline', () => {
    expect(carryLines(hotlines, sources, 'en').map((l) => l.id)).toEqual([
      'emergency-911',
      'lifeline-988',
      'spectrum-inpatient',
      'spectrum-outpatient',
      'ma-substance-use-helpline',
    ]);
  });

  it('takes every number from content/hotlines.yaml, so a changed number changes the card', () => {
    const changed = hotlines.map((h) =>
      h.id === 'spectrum-inpatient' ? { ...h, channels: { ...h.channels, call: '+18005550100' } } : h,
    );
    const line = carryLines(changed, sources, 'en').find((l) => l.id === 'spectrum-inpatient');
    expect(line?.display).toBe('1-800-555-0100');
    expect(line?.tel).toBe('tel:+18005550100');
  });

  it('writes the extension out and dials it after a pause', () => {
    const outpatient = carryLines(hotlines, sources, 'es').find((l) => l.id === 'spectrum-outpatient')!;
    expect(outpatient.tel).toBe('tel:+18004649555,1161');
    expect(lineText(outpatient, 'es')).toBe(
      'Spectrum ambulatorio: 1-800-464-9555, luego marque 1161 (publicado en 2017)',
    );
  });

  it('shows the year an unverified number was published, and no year once a call verified it', () => {
    const year = (lines: typeof hotlines) =>
      carryLines(lines, sources, 'en').find((l) => l.id === 'spectrum-inpatient')?.publishedYear;
    expect(year(hotlines)).toBe(2017);
    const called = hotlines.map((h) =>
      h.id === 'spectrum-inpatient'
        ? { ...h, verified: { date: '2026-11-30', by: 'Editor', method: 'phone call' as const } }
        : h,
    );
    expect(year(called)).toBeNull();
  });

  it('shows no year for 911 and 988, which no single publication sets', () => {
    const years = carryLines(hotlines, sources, 'en').map((l) => [l.id, l.publishedYear]);
    expect(years.slice(0, 2)).toEqual([
      ['emergency-911', null],
      ['lifeline-988', null],
    ]);
  });

  it('fails, naming the line, when a carried line is missing from the file', () => {
    expect(() => carryLines(hotlines, sources, 'en', ['no-such-line'])).toThrow(/no line "no-such-line"/);
  });

  it('points to the help-lines page of each language', () => {
    expect(hotlinesUrl(`${site}/`, DEFAULT_LOCALE)).toBe(`${site}/hotlines/`);
    for (const l of LOCALES.filter((l) => l.path !== '')) {
      expect(hotlinesUrl(`${site}/`, l.code)).toBe(`${site}/${l.path}/hotlines/`);
    }
  });
});

describe('QR code', () => {
  it('keeps a quiet zone of 4 light modules on every side', () => {
    const m = qrMatrix(`${site}/es/hotlines/`);
    const edge = [
      ...m.slice(0, QR_QUIET_ZONE).flat(),
      ...m.slice(-QR_QUIET_ZONE).flat(),
      ...m.flatMap((row) => [...row.slice(0, QR_QUIET_ZONE), ...row.slice(-QR_QUIET_ZONE)]),
    ];
    expect(edge.every((dark) => !dark)).toBe(true);
    // The finder pattern's corner starts right after the quiet zone.
    expect(m[QR_QUIET_ZONE]?.[QR_QUIET_ZONE]).toBe(true);
  });

  it('uses error correction level Q, read back from the format information', () => {
    const m = qrMatrix(`${site}/hotlines/`);
    // ISO/IEC 18004 §7.9: format bits 14..10 at row 8, columns 0..4 of the symbol, XOR mask 101010000010010.
    const q = QR_QUIET_ZONE;
    const bits = [0, 1].map((i) => (m[q + 8]![q + i]! ? 1 : 0));
    const unmasked = [bits[0]! ^ 1, bits[1]! ^ 0];
    // Error-correction indicator: L 01, M 00, Q 11, H 10.
    expect(unmasked).toEqual([1, 1]);
  });

  it('draws each run of dark modules as one rectangle', () => {
    expect(qrPath([[true, true, false, true]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
    expect(qrPath([[false], [true]])).toBe('M0 1h1v1h-1z');
  });

  it('sizes the code in modules, quiet zone included', () => {
    const code = qrCode(`${site}/pt/hotlines/`);
    expect(code.size).toBe(qrMatrix(`${site}/pt/hotlines/`).length);
    expect(code.path).toMatch(/^M\d/);
  });

  it('refuses an empty text', () => {
    expect(() => qrMatrix('')).toThrow(/needs some text/);
  });
});

const sample: CarryLine = {
  id: 'sample',
  label: 'Línea + ayuda #1 & más',
  number: '+18004649555',
  display: '1-800-464-9555',
  extension: '1161',
  tel: 'tel:+18004649555,1161',
  publishedYear: 2017,
};

describe('text message', () => {
  it('puts a heading, one line per help line and the help-lines page in the reader’s language', () => {
    const body = smsBody(carryLines(hotlines, sources, 'pt'), 'pt', `${site}/pt/hotlines/`);
    expect(body.split('\n')).toEqual([
      'Linhas de ajuda para dependência e crise:',
      'Emergência ou overdose: 911',
      'Suicídio ou crise: 988',
      'Spectrum internação (desintoxicação): 1-800-366-7732 (publicado em 2017)',
      'Spectrum ambulatorial: 1-800-464-9555, depois digite 1161 (publicado em 2017)',
      'Linha de ajuda de Massachusetts: 1-800-327-5050 (publicado em 2015)',
      `Todas as linhas de ajuda: ${site}/pt/hotlines/`,
    ]);
  });

  it('opens the messaging app with the body and no recipient, in the form iOS and Android both read', () => {
    expect(smsHref('Hi')).toBe('sms:?&body=Hi');
  });

  it('encodes spaces as %20, line breaks as %0A, + as %2B, # as %23, & as %26 and accents as UTF-8', () => {
    const href = smsHref('a b\nc+d#e&f é ç ã');
    expect(href).toBe('sms:?&body=a%20b%0Ac%2Bd%23e%26f%20%C3%A9%20%C3%A7%20%C3%A3');
    expect(href).not.toMatch(/[ +#\n]/);
  });

  it('round-trips a body with every awkward character', () => {
    const body = smsBody([sample], 'es', `${site}/es/hotlines/#lines`);
    const href = smsHref(body);
    expect(decodeURIComponent(href.slice('sms:?&body='.length))).toBe(body);
    expect(new URL(href).searchParams.get('body')).toBe(body);
  });

  it('marks each printed phone number so a page keeps it on one line, and gives back the text', () => {
    const text = 'Spectrum: 1-800-464-9555, then dial 1161\n988';
    const runs = numberRuns(text);
    expect(runs.filter((r) => r.number).map((r) => r.text)).toEqual(['1-800-464-9555']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('refuses an empty body', () => {
    expect(() => smsHref('')).toThrow(/needs a message body/);
  });
});

describe('contact file (vCard 4.0)', () => {
  const lines = carryLines(hotlines, sources, 'es');
  const text = buildVCard(lines, 'es', `${site}/es/hotlines/`);

  it('parses with a vCard parser as one version 4.0 contact with every number labelled', () => {
    const card = new ICAL.Component(ICAL.parse(text));
    expect(card.name).toBe('vcard');
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstPropertyValue('fn')).toBe('Líneas de ayuda de Worcester');
    const tels = card.getAllProperties('tel');
    expect(tels.map((p) => p.getFirstValue())).toEqual([
      'tel:911',
      'tel:988',
      'tel:+18003667732',
      'tel:+18004649555,1161',
      'tel:+18003275050',
    ]);
    const labels = card.getAllProperties('x-ablabel').map((p) => p.getFirstValue());
    expect(labels).toEqual(lines.map((l) => l.label));
    expect(tels.map((p) => p.getParameter('group'))).toEqual(labels.map((_, i) => `item${i + 1}`));
    expect(card.getFirstPropertyValue('url')).toBe(`${site}/es/hotlines/`);
    expect(String(card.getFirstPropertyValue('note'))).toContain('luego marque 1161 (publicado en 2017)');
  });

  it('ends every line with CRLF and keeps each line within 75 octets', () => {
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    const rows = text.split('\r\n');
    expect(rows.every((r) => new TextEncoder().encode(r).length <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds long lines without splitting a character', () => {
    const folded = foldLine(`NOTE:${'é'.repeat(60)}`);
    const rows = folded.split('\r\n');
    expect(rows.length).toBe(2);
    expect(rows[1]?.startsWith(' ')).toBe(true);
    expect(rows.map((r) => new TextEncoder().encode(r).length)).toEqual([75, 1 + 50]);
    expect(folded.replace(/\r\n /g, '')).toBe(`NOTE:${'é'.repeat(60)}`);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });

  it('names one file per language', () => {
    const names = LOCALES.map((l) => vcardFileName(l.code));
    expect(names).toEqual(LOCALES.map((l) => `contacts-${l.code}.vcf`));
    expect(new Set(names).size).toBe(LOCALES.length);
  });
});

describe('print sheet', () => {
  it('holds at least 8 cards on a Letter sheet with room for printer margins', () => {
    expect(LETTER_LAYOUT.columns * LETTER_LAYOUT.rows).toBeGreaterThanOrEqual(8);
    expect(sheetSize()).toEqual({ width: 189.2, height: 234 });
  });

  it('refuses a layout that does not fit on Letter paper', () => {
    expect(() => sheetSize({ ...LETTER_LAYOUT, rows: 5 })).toThrow(/does not fit/);
  });

  it('draws a mark at both ends of every cut line, outside the cards', () => {
    const marks = [...cutMarks().matchAll(/M([\d.]+) ([\d.]+)([vh])([\d.]+)/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      dir: m[3],
      len: Number(m[4]),
    }));
    // 3 vertical cut lines and 5 horizontal ones, each marked at both ends.
    expect(marks.length).toBe(2 * (3 + 5));
    const { margin } = LETTER_LAYOUT;
    const { width, height } = sheetSize();
    for (const m of marks) {
      const [start, end] = m.dir === 'v' ? [m.y, m.y + m.len] : [m.x, m.x + m.len];
      const outside = end <= margin || start >= (m.dir === 'v' ? height : width) - margin;
      expect(outside).toBe(true);
    }
    expect(marks.filter((m) => m.dir === 'v').map((m) => m.x)).toEqual([9, 9, 94.6, 94.6, 180.2, 180.2]);
  });
});
