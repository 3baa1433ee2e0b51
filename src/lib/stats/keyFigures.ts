import type { DerivedIndicator } from './derive';
import type { Geography, StatGroup } from './schema';

/** The places a journalist asks about first, in the order the page shows them. */
export const KEY_GEOGRAPHIES: readonly Geography[] = ['massachusetts', 'worcester-county', 'worcester-city'];

/** Health-department series: the counts to quote; police and news counts follow other rules. */
const HEALTH_GROUPS: ReadonlySet<StatGroup> = new Set<StatGroup>(['state', 'county', 'city-health']);

/** The latest death count of one place, with what a citation needs. */
export interface KeyFigure {
  readonly geography: Geography;
  readonly derived: DerivedIndicator;
  /** Indicator id: the anchor of its section on the page. */
  readonly anchor: string;
  readonly value: number;
  /** The period of the figure as written in the data ("2023"). */
  readonly period: string;
  /** Source id of the figure (content/sources.yaml). */
  readonly source: string;
}

/**
 * The key figures for the top of the statistics page: for each place in KEY_GEOGRAPHIES, the latest
 * yearly figure of the first health-department death series listed for it in indicators.yaml (the file
 * lists each place's main series first). A place without such a series, or whose latest figure is not an
 * exact yearly count, is left out rather than filled with another kind of count.
 * @param indicators every derived indicator, in file order
 * @returns at most one figure per place, in KEY_GEOGRAPHIES order
 * @example keyFigures(siteStats().derived.indicators)[0] // { geography: 'massachusetts', value: 2125, period: '2023', … }
 */
export function keyFigures(indicators: readonly DerivedIndicator[]): KeyFigure[] {
  return KEY_GEOGRAPHIES.flatMap((geography) => {
    const derived = indicators.find(
      (d) =>
        d.indicator.geography === geography && d.indicator.unit === 'deaths' && HEALTH_GROUPS.has(d.indicator.group),
    );
    const latest = derived?.series[derived.series.length - 1];
    if (!derived || !latest || latest.chosen.qualifier !== 'exact') return [];
    return [
      {
        geography,
        derived,
        anchor: derived.indicator.id,
        value: latest.chosen.value,
        period: latest.period.raw,
        source: latest.chosen.source,
      },
    ];
  });
}
