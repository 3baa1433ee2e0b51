import type { APIRoute } from 'astro';
import { statsCsv } from '../../lib/stats/export';
import { siteStats } from '../../lib/stats/site';

/** Every observation of content/stats (or STATS_DIR), every report kept, as CSV; made at build time. */
export const GET: APIRoute = () => {
  const { data, derived, sources } = siteStats();
  return new Response(statsCsv(data, derived, sources), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
