import type { Source } from '../schemas';
import type { DerivedStats } from './derive';
import type { StatsData } from './load';

/** Columns of the statistics.csv download, in order. */
export const DOWNLOAD_COLUMNS = [
  'indicator',
  'indicator_label',
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

/**
 * One CSV cell: quoted when it holds a comma, quote or line break (RFC 4180).
 * @example csvCell('a, "b"') // '"a, ""b"""'
 */
export function csvCell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Every observation as a flat record, in page order, flagged when it is the figure used for its period.
 * @example downloadRows(data, derived, sources)[0].newest_for_period // true
 */
export function downloadRows(
  data: Pick<StatsData, 'indicators'>,
  derived: DerivedStats,
  sources: ReadonlyMap<string, Source>,
) {
  const labels = new Map(data.indicators.map((i) => [i.id, i]));
  return derived.indicators.flatMap((d) => {
    const chosen = new Set(d.periods.map((p) => p.chosen));
    return d.rows.map((o) => {
      const source = sources.get(o.source);
      return {
        indicator: o.indicator,
        indicator_label: labels.get(o.indicator)?.label.en ?? '',
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
 * The statistics.csv download: a header and one line per observation, every report kept.
 * @example statsCsv(data, derived, sources).split('\n')[0] // 'indicator,indicator_label,…'
 */
export function statsCsv(
  data: Pick<StatsData, 'indicators'>,
  derived: DerivedStats,
  sources: ReadonlyMap<string, Source>,
): string {
  const lines = downloadRows(data, derived, sources).map((r) => DOWNLOAD_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return `${[DOWNLOAD_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
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
