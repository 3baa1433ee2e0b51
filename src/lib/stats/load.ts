import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { contentDir } from '../contentFiles';
import { ContentError, parseYaml, readList, validateList } from '../dataFile';
import { isPartialDate } from '../dates';
import {
  GEOGRAPHIES,
  indicatorSchema,
  OBSERVATION_COLUMNS,
  PERIOD_TYPES,
  QUALIFIERS,
  statementSchema,
  type Geography,
  type Indicator,
  type Observation,
  type Period,
  type PeriodType,
  type Qualifier,
  type Statement,
} from './schema';

/** Everything the statistics page is built from, validated. */
export interface StatsData {
  readonly indicators: readonly Indicator[];
  readonly observations: readonly Observation[];
  readonly statements: readonly Statement[];
}

/**
 * The folder holding indicators.yaml, observations.csv and statements.yaml.
 * `STATS_DIR` points a build at another data set (tests use fixtures this way).
 * @example statsDir({ STATS_DIR: 'tests/fixtures/stats/small' }) // 'tests/fixtures/stats/small'
 * @example statsDir({}) // 'content/stats'
 */
export function statsDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return (env['STATS_DIR'] ?? `${contentDir(env)}/stats`).replace(/\/$/, '');
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const YEAR = /^\d{4}$/;

/**
 * Reads a period as written in observations.csv. Returns the period or the reason it is wrong.
 * @example parsePeriod('2000/2023', 'span') // { type: 'span', raw: '2000/2023', start: '2000', end: '2023' }
 * @example parsePeriod('2015', 'as-of') // { type: 'as-of', raw: '2015', start: '2015', end: '2015' }
 */
export function parsePeriod(raw: string, type: PeriodType): Period | string {
  if (type === 'year' || type === 'fiscal-year') {
    if (!YEAR.test(raw)) return `"${raw}" is not a year: write four digits, like 2022`;
    return { type, raw, start: raw, end: raw };
  }
  if (type === 'as-of') {
    if (!isPartialDate(raw)) return `"${raw}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, like 2024-06`;
    return { type, raw, start: raw, end: raw };
  }
  const parts = raw.split('/');
  const [start = '', end = ''] = parts;
  if (parts.length !== 2 || !isPartialDate(start) || !isPartialDate(end)) {
    return `"${raw}" is not a span: write its start and end dates with a slash between them, like 2000/2023`;
  }
  if (start >= end) return `"${raw}" ends before it starts`;
  return { type, raw, start, end };
}

/** The value in a cell, trimmed; empty string when missing. */
function cell(record: readonly string[], index: number): string {
  return (record[index] ?? '').trim();
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/**
 * Validates the text of observations.csv against the known indicators and source ids.
 * Throws one ContentError listing every bad row (file, row, field and reason); never drops a row.
 * @example parseObservations('content/stats/observations.csv', text, indicators, new Set(['spectrum-2017-release']))
 */
export function parseObservations(
  file: string,
  text: string,
  indicators: readonly Indicator[],
  sourceIds: ReadonlySet<string>,
): Observation[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes as { record, info }; the parser's types do not model that option.
    records = parse(text, {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new ContentError(`${file}: the CSV cannot be read: ${(error as Error).message}`);
  }
  const header = records[0]?.record.map((h) => h.trim()) ?? [];
  if (header.join(',') !== OBSERVATION_COLUMNS.join(',')) {
    throw new ContentError(
      `${file}, row 1: the header must be exactly "${OBSERVATION_COLUMNS.join(',')}", found "${header.join(',')}"`,
    );
  }
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const col = (name: (typeof OBSERVATION_COLUMNS)[number]) => OBSERVATION_COLUMNS.indexOf(name);
  const problems: string[] = [];
  const out: Observation[] = [];
  const seen = new Map<string, number>();
  const annualTypes = new Map<string, { type: PeriodType; row: number }>();

  for (const { record, info } of records.slice(1)) {
    const row = info.lines;
    const issues: string[] = [];
    const fail = (field: string, reason: string) => issues.push(`  - field "${field}": ${reason}`);
    if (record.length !== OBSERVATION_COLUMNS.length) {
      problems.push(
        `${file}, row ${row}:\n  - has ${record.length} cells, expected ${OBSERVATION_COLUMNS.length} (put text with commas in "double quotes")`,
      );
      continue;
    }
    const indicatorId = cell(record, col('indicator'));
    const indicator = byId.get(indicatorId);
    if (indicatorId === '') fail('indicator', 'is empty: write an id from indicators.yaml');
    else if (!indicator)
      fail('indicator', `unknown indicator "${indicatorId}": add it to indicators.yaml or fix the spelling`);

    const typeRaw = cell(record, col('period_type'));
    let period: Period | undefined;
    if (!isOneOf(PERIOD_TYPES, typeRaw)) {
      fail('period_type', `"${typeRaw}" must be one of ${PERIOD_TYPES.join(', ')}`);
    } else {
      const parsed = parsePeriod(cell(record, col('period')), typeRaw);
      if (typeof parsed === 'string') fail('period', parsed);
      else period = parsed;
    }

    const geography = cell(record, col('geography'));
    if (!isOneOf(GEOGRAPHIES, geography)) {
      fail('geography', `"${geography}" must be one of ${GEOGRAPHIES.join(', ')}`);
    } else if (indicator && indicator.geography !== geography) {
      fail('geography', `"${geography}" is not the geography of indicator "${indicator.id}" (${indicator.geography})`);
    }

    const valueRaw = cell(record, col('value'));
    if (!NUMBER.test(valueRaw)) {
      fail(
        'value',
        `"${valueRaw}" is not a plain number: write digits only (like 2357 or 25.8) and say "more than", "at least", "about" or a range in the qualifier column`,
      );
    }
    const qualifier = cell(record, col('qualifier'));
    if (!isOneOf(QUALIFIERS, qualifier)) {
      fail('qualifier', `"${qualifier}" must be one of ${QUALIFIERS.join(', ')}`);
    }
    const highRaw = cell(record, col('high'));
    let high: number | null = null;
    if (qualifier === 'range') {
      if (!NUMBER.test(highRaw)) fail('high', `a range needs its upper end as a plain number, found "${highRaw}"`);
      else if (NUMBER.test(valueRaw) && Number(highRaw) <= Number(valueRaw)) fail('high', 'must be greater than value');
      else high = Number(highRaw);
    } else if (highRaw !== '') {
      fail('high', 'only a range has a high value: leave it empty or set qualifier to range');
    }

    const source = cell(record, col('source'));
    if (source === '') fail('source', 'is empty: every figure needs a source id from content/sources.yaml');
    else if (!sourceIds.has(source)) {
      fail('source', `unknown source id "${source}": add it to content/sources.yaml or fix the spelling`);
    }

    const vintage = cell(record, col('vintage'));
    if (vintage !== '' && !isPartialDate(vintage)) {
      fail('vintage', `"${vintage}" must be the report date as YYYY, YYYY-MM or YYYY-MM-DD, or empty when not stated`);
    }

    if (period && indicator && (period.type === 'year' || period.type === 'fiscal-year')) {
      const earlier = annualTypes.get(indicator.id);
      if (earlier && earlier.type !== period.type) {
        fail(
          'period_type',
          `indicator "${indicator.id}" already uses ${earlier.type} (row ${earlier.row}); calendar and fiscal years need separate indicators`,
        );
      } else if (!earlier) annualTypes.set(indicator.id, { type: period.type, row });
    }

    if (period && issues.length === 0) {
      const key = [indicatorId, period.type, period.raw, geography, vintage].join('|');
      const first = seen.get(key);
      if (first !== undefined) {
        fail(
          'vintage',
          `duplicates row ${first} (same indicator, period, geography and vintage): keep one row, or correct the vintage`,
        );
      } else seen.set(key, row);
    }

    if (issues.length > 0 || !period) {
      problems.push(
        `${file}, row ${row}${indicatorId ? ` (${indicatorId} ${cell(record, col('period'))})` : ''}:\n${issues.join('\n')}`,
      );
      continue;
    }
    out.push({
      row,
      indicator: indicatorId,
      period,
      geography: geography as Geography,
      value: Number(valueRaw),
      qualifier: qualifier as Qualifier,
      high,
      source,
      vintage: vintage === '' ? null : vintage,
      note: cell(record, col('note')),
    });
  }
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  return out;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ContentError(`${file}: file not found`);
  }
}

/**
 * Reads and checks the three statistics files of a folder against the known source ids.
 * Every indicator must have at least one row, so none is shown empty.
 * @example loadStats('content/stats', new Set(loadSources().map((s) => s.id))).indicators.length
 */
export function loadStats(dir: string, sourceIds: ReadonlySet<string>): StatsData {
  const indicatorsFile = `${dir}/indicators.yaml`;
  const indicators = readList(indicatorsFile, indicatorSchema);
  const observationsFile = `${dir}/observations.csv`;
  const observations = parseObservations(observationsFile, readText(observationsFile), indicators, sourceIds);
  const statementsFile = `${dir}/statements.yaml`;
  const statements = validateList(
    statementsFile,
    parseYaml(statementsFile, readText(statementsFile)),
    statementSchema(sourceIds),
  );
  const used = new Set(observations.map((o) => o.indicator));
  const empty = indicators
    .map((indicator, index) => ({ indicator, index }))
    .filter(({ indicator }) => !used.has(indicator.id))
    .map(
      ({ indicator, index }) =>
        `${indicatorsFile}, entry ${index + 1} (id "${indicator.id}"):\n  - has no rows in ${observationsFile}: add its figures or remove the indicator`,
    );
  if (empty.length > 0) throw new ContentError(empty.join('\n'));
  return { indicators, observations, statements };
}
