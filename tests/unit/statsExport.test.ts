import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/lib/contentFiles';
import { deriveStats } from '../../src/lib/statsDerive';
import { csvCell, DOWNLOAD_COLUMNS, statsCsv, statsJson } from '../../src/lib/statsExport';
import { loadStats } from '../../src/lib/statsLoad';
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
});

describe('statistics.csv', () => {
  const records = parse(statsCsv(data, derived, sources), { columns: true }) as Record<string, string>[];

  it('has one line per observation, every report kept', () => {
    expect(records).toHaveLength(data.observations.length);
  });

  it('starts with the documented columns', () => {
    expect(statsCsv(data, derived, sources).split('\r\n')[0]).toBe(DOWNLOAD_COLUMNS.join(','));
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
