import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';

// Real builds (about ten seconds each): they prove the statistics folder is wired into the page and the
// downloads. Every other bad-data case calls the loader directly (statsLoad.test.ts).
const outDirs: string[] = [];
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

/** Builds the site into a temporary folder with the statistics read from `statsDir`. */
function build(statsDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'stats-build-'));
  outDirs.push(outDir);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, STATS_DIR: statsDir, SOURCE_DATE_EPOCH: '1767225600', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a build pointed at another statistics folder (STATS_DIR)', () => {
  it('regenerates the page and both downloads from that folder', () => {
    const { outDir, status, output } = build('tests/fixtures/stats/small');
    expect(status, output).toBe(0);

    const html = readFileSync(join(outDir, 'statistics/index.html'), 'utf8');
    expect(html).toContain('Fixture overdose deaths (test data)');
    expect(html).not.toContain('id="ma-dph-deaths-confirmed-estimated"');
    expect(html).toContain('The latest figure is 1,199 (2023), up 109 (10%) from 2022.');
    expect(html).toContain('no figure for 2021');
    // SOURCE_DATE_EPOCH is 2026-01-01 00:00 UTC: still 31 December 2025 in Worcester.
    expect(html).toContain('December 31, 2025');

    const rows = parse(readFileSync(join(outDir, 'statistics/statistics.csv'), 'utf8'), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    const csv = rows.filter((r) => r.record === 'observation');
    expect(csv).toHaveLength(7);
    expect(rows.filter((r) => r.record === 'statement').map((r) => r.indicator)).toEqual(['fixture-projection']);
    expect(new Set(csv.map((r) => r.indicator))).toEqual(new Set(['fixture-deaths', 'fixture-narcan']));

    const json = JSON.parse(readFileSync(join(outDir, 'statistics/statistics.json'), 'utf8')) as {
      generated: string;
      dataAsOf: string;
      observations: unknown[];
    };
    expect([json.generated, json.dataAsOf, json.observations.length]).toEqual(['2025-12-31', '2024-06', 7]);
  }, 240_000);

  it('fails naming the file, row and reason when a row cites an unknown source', () => {
    const { status, output } = build('tests/fixtures/stats/broken-unknown-source');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/stats/broken-unknown-source/observations.csv, row 2');
    expect(output).toContain('unknown source id "no-such-source"');
  }, 240_000);
});
