import { LOCALES } from '../../i18n/locales';
import type { Source } from '../schemas';
import type { DerivedStats } from './derive';
import type { StatsData } from './load';

/** The indicator or figure label in every language, one column each (`indicator_label_en`, …). */
export const LABEL_COLUMNS = LOCALES.map((l) => `indicator_label_${l.code}` as const);

/**
 * Columns of the statistics.csv download, in order. `record` says what a line is: an `observation` of a
 * time series, or a figure of a `statement` (figures sources state in words, outside the series).
 */
export const DOWNLOAD_COLUMNS = [
  'record',
  'indicator',
  ...LABEL_COLUMNS,
  'geography',
  'period',
  'period_type',
  'value',
  'qualifier',
  'high',
  'unit',
  'source_id',
  'source_publisher',
  'source_url',
  'vintage',
  'newest_for_period',
  'note',
] as const;

/** One line of the download, by column. */
export type DownloadRow = Readonly<Record<(typeof DOWNLOAD_COLUMNS)[number], string | number | boolean | null>>;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text beginning with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is neutralised as OWASP's "CSV Injection" page advises: an apostrophe
 * before it and quotes around it, so a spreadsheet shows it as text instead of running it as a formula.
 * Numbers stay numbers (`-232` is written as it is).
 * @example csvCell('a, "b"') // '"a, ""b"""'
 * @example csvCell('=1526-1282 (estimate minus confirmed)') // `"'=1526-1282 (estimate minus confirmed)"`
 * @example csvCell(-232) // '-232'
 */
export function csvCell(value: string | number | boolean | null): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`A CSV number must be finite, received ${value}`);
    return String(value);
  }
  const text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Labels by locale as label columns. */
function labelCells(label: Readonly<Record<string, string>>): Record<(typeof LABEL_COLUMNS)[number], string> {
  return Object.fromEntries(LOCALES.map((l) => [`indicator_label_${l.code}`, label[l.code] ?? ''])) as Record<
    (typeof LABEL_COLUMNS)[number],
    string
  >;
}

/**
 * Every observation as a flat record, in page order, flagged when it is the figure used for its period.
 * @example downloadRows(data, derived, sources)[0].newest_for_period // true
 */
export function downloadRows(
  data: Pick<StatsData, 'indicators'>,
  derived: DerivedStats,
  sources: ReadonlyMap<string, Source>,
): DownloadRow[] {
  const labels = new Map(data.indicators.map((i) => [i.id, i]));
  return derived.indicators.flatMap((d) => {
    const chosen = new Set(d.periods.map((p) => p.chosen));
    return d.rows.map((o) => {
      const source = sources.get(o.source);
      return {
        record: 'observation',
        indicator: o.indicator,
        ...labelCells(labels.get(o.indicator)?.label ?? {}),
        geography: o.geography,
        period: o.period.raw,
        period_type: o.period.type,
        value: o.value,
        qualifier: o.qualifier,
        high: o.high,
        unit: d.indicator.unit,
        source_id: o.source,
        source_publisher: source?.publisher ?? '',
        source_url: source?.url ?? null,
        vintage: o.vintage,
        newest_for_period: chosen.has(o),
        note: o.note,
      };
    });
  });
}

/**
 * Every figure of the statements (program statements and context), one line per figure: the statement's id,
 * the figure's label in every language, the statement's date as period and report date (`period_type`
 * `statement`), its first source, and the source's exact words as the note.
 * @example statementRows(data, sources)[0].record // 'statement'
 */
export function statementRows(
  data: Pick<StatsData, 'statements'>,
  sources: ReadonlyMap<string, Source>,
): DownloadRow[] {
  return data.statements.flatMap((statement) =>
    statement.figures.map((figure) => {
      const first = statement.quotes[0];
      const source = first ? sources.get(first.source) : undefined;
      return {
        record: 'statement',
        indicator: statement.id,
        ...labelCells(figure.label),
        geography: null,
        period: statement.date,
        period_type: 'statement',
        value: figure.value,
        qualifier: figure.qualifier,
        high: figure.high ?? null,
        unit: figure.unit,
        source_id: first?.source ?? null,
        source_publisher: source?.publisher ?? '',
        source_url: source?.url ?? null,
        vintage: statement.date,
        newest_for_period: null,
        note: statement.quotes.map((q) => q.text).join(' / '),
      };
    }),
  );
}

/** The byte-order mark that tells spreadsheet programs (Excel on Windows) the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * The statistics.csv download: UTF-8 with a byte-order mark, a header, one line per observation (every
 * report kept), then one line per statement figure; lines end in CRLF (RFC 4180).
 * @example statsCsv(data, derived, sources).slice(1).split('\r\n')[0] // 'record,indicator,indicator_label_en,…'
 */
export function statsCsv(
  data: Pick<StatsData, 'indicators' | 'statements'>,
  derived: DerivedStats,
  sources: ReadonlyMap<string, Source>,
): string {
  const rows = [...downloadRows(data, derived, sources), ...statementRows(data, sources)];
  const lines = rows.map((r) => DOWNLOAD_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return `${UTF8_BOM}${[DOWNLOAD_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

/** Metadata the JSON download carries besides the rows. */
export interface ExportMeta {
  readonly title: string;
  /** Absolute URL of the English statistics page. */
  readonly url: string;
  /** Build day, YYYY-MM-DD. */
  readonly generated: string;
  readonly citation: string;
  readonly licence: string;
}

/**
 * The statistics.json download: metadata (definitions, sources, statements, citation, licence note) and every observation.
 * @example statsJson(data, derived, sources, meta).observations.length // same as the CSV's rows
 */
export function statsJson(
  data: StatsData,
  derived: DerivedStats,
  sources: ReadonlyMap<string, Source>,
  meta: ExportMeta,
) {
  const cited = new Set([
    ...data.observations.map((o) => o.source),
    ...data.statements.flatMap((s) => s.quotes.map((q) => q.source)),
  ]);
  return {
    title: meta.title,
    url: meta.url,
    generated: meta.generated,
    dataAsOf: derived.dataAsOf,
    citation: meta.citation,
    licence: meta.licence,
    columns: DOWNLOAD_COLUMNS,
    indicators: derived.indicators.map((d) => ({
      id: d.indicator.id,
      group: d.indicator.group,
      label: d.indicator.label,
      definition: d.indicator.definition,
      publisher: d.indicator.publisher,
      unit: d.indicator.unit,
      geography: d.indicator.geography,
      caveats: d.indicator.caveats,
      dataAsOf: d.dataAsOf,
      latest: {
        period: d.latest.period.raw,
        periodType: d.latest.period.type,
        value: d.latest.chosen.value,
        qualifier: d.latest.chosen.qualifier,
        high: d.latest.chosen.high,
        vintage: d.latest.chosen.vintage,
      },
      sources: d.sources,
    })),
    statements: data.statements,
    sources: [...sources.values()].filter((s) => cited.has(s.id)),
    observations: downloadRows(data, derived, sources),
  };
}
