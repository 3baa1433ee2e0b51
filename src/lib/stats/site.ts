import { contentDir, loadSources } from '../contentFiles';
import { deriveStats, type DerivedStats } from './derive';
import { loadStats, statsDir, type StatsData } from './load';
import type { Source } from '../schemas';

/** The statistics of one build: validated files, derived figures and the sources they cite. */
export interface SiteStats {
  /** Folder the data was read from (content/stats, or STATS_DIR). */
  readonly dir: string;
  readonly data: StatsData;
  readonly derived: DerivedStats;
  readonly sources: ReadonlyMap<string, Source>;
}

const cache = new Map<string, SiteStats>();

/**
 * Reads the statistics folder once per build (STATS_DIR or content/stats) and derives everything the page
 * and the downloads show. Bad data throws a ContentError naming the file, row and reason.
 * @example siteStats().derived.indicators[0].latest.chosen.value
 */
export function siteStats(env: Readonly<Record<string, string | undefined>> = process.env): SiteStats {
  const dir = statsDir(env);
  const sourcesDir = contentDir(env);
  const key = `${dir}|${sourcesDir}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const sources = new Map(loadSources(sourcesDir).map((s) => [s.id, s]));
  const data = loadStats(dir, new Set(sources.keys()));
  const value: SiteStats = { dir, data, derived: deriveStats(data), sources };
  cache.set(key, value);
  return value;
}
