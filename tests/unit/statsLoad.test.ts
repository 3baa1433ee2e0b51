import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/lib/contentFiles';
import { ContentError } from '../../src/lib/dataFile';
import { loadStats, parseObservations, parsePeriod, statsDir } from '../../src/lib/stats/load';
import { indicatorSchema, type Indicator } from '../../src/lib/stats/schema';

const FIXTURES = 'tests/fixtures/stats';
const SOURCE_IDS = new Set(['spectrum-2017-release', 'helplinema-2015-calls']);
const HEADER = 'indicator,period,period_type,geography,value,qualifier,high,source,vintage,note';
const deaths: Indicator = indicatorSchema.parse({
  id: 'fixture-deaths',
  group: 'state',
  unit: 'deaths',
  geography: 'massachusetts',
  label: { en: 'Deaths', es: 'Muertes', pt: 'Mortes' },
  definition: { en: 'Deaths.', es: 'Muertes.', pt: 'Mortes.' },
  publisher: { en: 'Test', es: 'Prueba', pt: 'Teste' },
});

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected a ContentError, but nothing was thrown');
}

const parseRows = (...rows: string[]) =>
  parseObservations('content/stats/observations.csv', [HEADER, ...rows].join('\n'), [deaths], SOURCE_IDS);

describe('statistics folder', () => {
  it('reads content/stats unless STATS_DIR names another folder', () => {
    expect(statsDir({})).toBe('content/stats');
    expect(statsDir({ STATS_DIR: 'tests/fixtures/stats/small/' })).toBe('tests/fixtures/stats/small');
  });

  it('loads the real data with every source id resolved', () => {
    const ids = new Set(loadSources().map((s) => s.id));
    const data = loadStats(statsDir({}), ids);
    expect(data.observations.length).toBeGreaterThan(80);
    expect(data.indicators.every((i) => data.observations.some((o) => o.indicator === i.id))).toBe(true);
  });

  it('loads a valid fixture data set', () => {
    const data = loadStats(`${FIXTURES}/small`, SOURCE_IDS);
    expect(data.indicators.map((i) => i.id)).toEqual(['fixture-deaths', 'fixture-narcan']);
    expect(data.observations).toHaveLength(7);
    expect(data.statements[0]?.figures[0]).toMatchObject({ value: 150, qualifier: 'range', high: 200 });
  });
});

describe('periods', () => {
  it('reads a span with a slash between its dates', () => {
    expect(parsePeriod('2000/2023', 'span')).toEqual({ type: 'span', raw: '2000/2023', start: '2000', end: '2023' });
  });

  it('refuses a span written with a hyphen', () => {
    expect(parsePeriod('2000-2023', 'span')).toMatch(/not a span/);
  });

  it('refuses a span that ends before it starts', () => {
    expect(parsePeriod('2023/2000', 'span')).toMatch(/ends before it starts/);
  });

  it('reads an "as of" month', () => {
    expect(parsePeriod('2024-06', 'as-of')).toMatchObject({ start: '2024-06', end: '2024-06' });
  });
});

describe('bad observation rows name the file, row and reason', () => {
  it('rejects a value like 400+ and says to use the qualifier', () => {
    const message = errorOf(() =>
      parseRows('fixture-deaths,2019,year,massachusetts,400+,exact,,spectrum-2017-release,2020,'),
    );
    expect(message).toContain('content/stats/observations.csv, row 2');
    expect(message).toContain('field "value": "400+" is not a plain number');
    expect(message).toContain('qualifier');
  });

  it('rejects an empty qualifier', () => {
    const message = errorOf(() =>
      parseRows('fixture-deaths,2019,year,massachusetts,400,,,spectrum-2017-release,2020,'),
    );
    expect(message).toContain('field "qualifier"');
  });

  it('rejects an unknown indicator', () => {
    const message = errorOf(() =>
      parseRows('fixture-deathz,2019,year,massachusetts,4,exact,,spectrum-2017-release,2020,'),
    );
    expect(message).toContain('row 2');
    expect(message).toContain('unknown indicator "fixture-deathz"');
  });

  it('rejects an unknown source id', () => {
    const message = errorOf(() => parseRows('fixture-deaths,2019,year,massachusetts,4,exact,,no-such-source,2020,'));
    expect(message).toContain('field "source": unknown source id "no-such-source"');
  });

  it('rejects a row without a source', () => {
    const message = errorOf(() => parseRows('fixture-deaths,2019,year,massachusetts,4,exact,,,2020,'));
    expect(message).toContain('field "source": is empty');
  });

  it('rejects two rows with the same indicator, period, geography and vintage', () => {
    const message = errorOf(() =>
      parseRows(
        'fixture-deaths,2019,year,massachusetts,4,exact,,spectrum-2017-release,2020,',
        'fixture-deaths,2019,year,massachusetts,5,exact,,helplinema-2015-calls,2020,',
      ),
    );
    expect(message).toContain('row 3');
    expect(message).toContain('duplicates row 2');
  });

  it('keeps two rows for one year when their reports differ', () => {
    const rows = parseRows(
      'fixture-deaths,2019,year,massachusetts,4,exact,,spectrum-2017-release,2020,',
      'fixture-deaths,2019,year,massachusetts,5,exact,,spectrum-2017-release,2021,',
    );
    expect(rows.map((r) => r.value)).toEqual([4, 5]);
  });

  it('rejects a range without its high value', () => {
    const message = errorOf(() =>
      parseRows('fixture-deaths,2019,year,massachusetts,150,range,,spectrum-2017-release,2020,'),
    );
    expect(message).toContain('field "high"');
  });

  it('rejects a high value on a figure that is not a range', () => {
    const message = errorOf(() =>
      parseRows('fixture-deaths,2019,year,massachusetts,150,exact,200,spectrum-2017-release,2020,'),
    );
    expect(message).toContain('only a range has a high value');
  });

  it('rejects a geography that is not the indicator’s', () => {
    const message = errorOf(() =>
      parseRows('fixture-deaths,2019,year,worcester-city,4,exact,,spectrum-2017-release,2020,'),
    );
    expect(message).toContain('is not the geography of indicator "fixture-deaths"');
  });

  it('rejects a report date that is not a date', () => {
    const message = errorOf(() =>
      parseRows('fixture-deaths,2019,year,massachusetts,4,exact,,spectrum-2017-release,June 2024,'),
    );
    expect(message).toContain('field "vintage"');
  });

  it('rejects calendar and fiscal years in one indicator', () => {
    const message = errorOf(() =>
      parseRows(
        'fixture-deaths,2019,year,massachusetts,4,exact,,spectrum-2017-release,2020,',
        'fixture-deaths,2020,fiscal-year,massachusetts,5,exact,,spectrum-2017-release,2021,',
      ),
    );
    expect(message).toContain('calendar and fiscal years need separate indicators');
  });

  it('rejects a header with a missing column', () => {
    const message = errorOf(() =>
      parseObservations('x.csv', 'indicator,period,value\nfixture-deaths,2019,4', [deaths], SOURCE_IDS),
    );
    expect(message).toContain('x.csv, row 1: the header must be exactly');
  });

  it('lists every bad row at once', () => {
    const message = errorOf(() =>
      parseRows(
        'fixture-deaths,2019,year,massachusetts,x,exact,,spectrum-2017-release,2020,',
        'fixture-deaths,2020,year,massachusetts,y,exact,,spectrum-2017-release,2020,',
      ),
    );
    expect(message).toContain('row 2');
    expect(message).toContain('row 3');
  });
});

describe('broken fixture folders', () => {
  const cases: [string, string][] = [
    ['broken-non-numeric', 'field "value"'],
    ['broken-unknown-indicator', 'unknown indicator'],
    ['broken-unknown-source', 'unknown source id "no-such-source"'],
    ['broken-duplicate', 'duplicates row 2'],
    ['broken-missing-source', 'field "source": is empty'],
  ];
  for (const [folder, reason] of cases) {
    it(`refuses ${folder} naming observations.csv and the row`, () => {
      const message = errorOf(() => loadStats(`${FIXTURES}/${folder}`, SOURCE_IDS));
      expect(message).toContain(`${FIXTURES}/${folder}/observations.csv, row`);
      expect(message).toContain(reason);
    });
  }
});

describe('indicators and statements', () => {
  it('refuses an indicator with no rows', () => {
    const message = errorOf(() => loadStatsWithout('fixture-narcan'));
    expect(message).toContain('indicators.yaml, entry 2 (id "fixture-narcan")');
    expect(message).toContain('has no rows');
  });

  it('refuses a statement quote whose source is unknown', () => {
    const message = errorOf(() => loadStats(`${FIXTURES}/small`, new Set(['helplinema-2015-calls'])));
    expect(message).toContain('unknown source id "spectrum-2017-release"');
  });
});

/** Loads the small fixture with one indicator's rows removed, through a temporary copy. */
function loadStatsWithout(indicatorId: string) {
  const dir = mkdtempSync(join(tmpdir(), 'stats-'));
  for (const file of ['indicators.yaml', 'statements.yaml']) copyFileSync(`${FIXTURES}/small/${file}`, join(dir, file));
  const csv = readFileSync(`${FIXTURES}/small/observations.csv`, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith(`${indicatorId},`))
    .join('\n');
  writeFileSync(join(dir, 'observations.csv'), csv);
  return loadStats(dir, SOURCE_IDS);
}
