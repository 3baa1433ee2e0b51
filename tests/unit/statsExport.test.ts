import { LOCALES } from '../../src/i18n/locales';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/lib/contentFiles';
import { deriveStats } from '../../src/lib/stats/derive';
import { csvCell, DOWNLOAD_COLUMNS, statsCsv, statsJson, UTF8_BOM } from '../../src/lib/stats/export';
import { loadStats } from '../../src/lib/stats/load';
import { localizedFixture } from '../fixtures/localized';

const sources = new Map(loadSources().map((s) => [s.id, s]));
const data = loadStats(localizedFixture('tests/fixtures/stats/small'), new Set(sources.keys()));
const derived = deriveStats(data);
const meta = {
  title: 'T',
  url: 'http://localhost:4321/statistics/',
  generated: '2026-01-02',
  citation: 'C',
  licence: 'L',
};

describe('CSV cells', () => {
  it('quotes a cell holding a comma or a quote', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
  });

  it('leaves a plain cell as it is and writes null as empty', () => {
    expect([csvCell('2357'), csvCell(null), csvCell(true)]).toEqual(['2357', '', 'true']);
  });

  it('neutralises text a spreadsheet would run as a formula (OWASP): =, +, -, @, tab, carriage return', () => {
    expect(csvCell('=1526-1282 (estimate minus confirmed)')).toBe(`"'=1526-1282 (estimate minus confirmed)"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-1+2')).toBe(`"'-1+2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('keeps numbers numbers, negative ones included', () => {
    expect([csvCell(-232), csvCell(0), csvCell(29.9)]).toEqual(['-232', '0', '29.9']);
  });
});

describe('statistics.csv', () => {
  const text = statsCsv(data, derived, sources);
  const all = parse(text, { columns: true, bom: true, relax_column_count: false }) as Record<string, string>[];
  const records = all.filter((r) => r.record === 'observation');

  it('has one line per observation, every report kept, then one line per statement figure', () => {
    expect(records).toHaveLength(data.observations.length);
    const figures = data.statements.flatMap((s) => s.figures);
    expect(all.filter((r) => r.record === 'statement')).toHaveLength(figures.length);
    expect(all).toHaveLength(data.observations.length + figures.length);
  });

  it('starts with a UTF-8 byte-order mark, then the documented columns', () => {
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.slice(1).split('\r\n')[0]).toBe(DOWNLOAD_COLUMNS.join(','));
  });

  it('gives every label in English, Spanish and Portuguese', () => {
    expect(DOWNLOAD_COLUMNS).toEqual(
      expect.arrayContaining(['indicator_label_en', 'indicator_label_es', 'indicator_label_pt']),
    );
    const statement = all.find((r) => r.record === 'statement');
    expect(statement).toMatchObject({
      indicator: 'fixture-projection',
      indicator_label_es: 'personas esperadas (datos de prueba)',
      indicator_label_pt: 'pessoas esperadas (dados de teste)',
      period: '2017-09-28',
      value: '150',
      qualifier: 'range',
      high: '200',
      note: 'A made-up quote for the tests.',
    });
  });

  it('writes accented text as UTF-8 that reads back unchanged', () => {
    const real = loadStats('content/stats', new Set(sources.keys()));
    const realText = statsCsv(real, deriveStats(real), sources);
    const accented = real.indicators
      .flatMap((i) => LOCALES.map((l) => i.label[l.code]))
      .filter((l) => /[^ -~]/.test(l));
    expect(accented.length).toBeGreaterThan(0);
    const decoded = new TextDecoder('utf-8').decode(Buffer.from(realText, 'utf8'));
    const parsed = parse(decoded, { columns: true, bom: true }) as Record<string, string>[];
    const labels = new Set(parsed.flatMap((r) => LOCALES.map((l) => r[`indicator_label_${l.code}`])));
    for (const label of accented) expect(labels).toContain(label);
  });

  it('writes a note that looks like a formula as text, and the value beside it as a number', () => {
    const first = data.observations[0]!;
    const note = '=1526-1282 (estimate minus confirmed)';
    const tampered = { ...data, observations: data.observations.map((o) => (o === first ? { ...o, note } : o)) };
    const out = statsCsv(tampered, deriveStats(tampered), sources);
    const line = out
      .slice(1)
      .split('\r\n')
      .find((l) => l.includes('estimate minus confirmed'))!;
    expect(line).toContain(`,"'=1526-1282 (estimate minus confirmed)"`);
    expect(line).toContain(`,${first.value},`);
    const parsed = parse(out, { columns: true, bom: true }) as Record<string, string>[];
    const row = parsed.find((r) => r.note?.includes('estimate minus confirmed'));
    expect(row?.note).toBe("'=1526-1282 (estimate minus confirmed)");
    expect(row?.value).toBe(String(first.value));
  });

  it('flags the row used for each period and keeps the older report', () => {
    const y2019 = records.filter((r) => r.indicator === 'fixture-deaths' && r.period === '2019');
    expect(y2019.map((r) => [r.value, r.vintage, r.newest_for_period])).toEqual([
      ['100', '2020-01', 'false'],
      ['110', '2021-01', 'true'],
    ]);
  });

  it('keeps the qualifier apart from the number', () => {
    const narcan = records.find((r) => r.indicator === 'fixture-narcan');
    expect([narcan?.value, narcan?.qualifier, narcan?.note]).toEqual(['1300', 'approximately', '"roughly 1,300"']);
  });

  it('names each row’s source with its publisher and address', () => {
    expect(records[0]).toMatchObject({
      source_id: 'spectrum-2017-release',
      source_publisher: 'Spectrum Health Systems',
    });
    expect(records[0]?.source_url).toMatch(/^https:\/\//);
  });
});

describe('statistics.json', () => {
  const json = JSON.parse(JSON.stringify(statsJson(data, derived, sources, meta))) as ReturnType<typeof statsJson>;

  it('has the same observations as the CSV', () => {
    expect(json.observations).toHaveLength(data.observations.length);
    expect(json.observations.every((o) => o.record === 'observation')).toBe(true);
  });

  it('carries definitions in every language, the citation, the licence note and the build day', () => {
    expect(json.indicators[0]?.definition).toHaveProperty('pt');
    expect([json.citation, json.licence, json.generated]).toEqual(['C', 'L', '2026-01-02']);
  });

  it('lists only the sources the data cites', () => {
    expect(json.sources.map((s) => s.id).sort()).toEqual(['helplinema-2015-calls', 'spectrum-2017-release']);
  });

  it('gives the newest report date of the data', () => {
    expect(json.dataAsOf).toBe('2024-06');
  });
});
