// Builds our English pages with Astro's Starlight theme (versions pinned in scripts/peer/) in a
// temporary folder and compares page weight and build time. Nothing it generates is kept.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_LOCALE, splitPath } from '../../src/i18n/locales';
import { withoutImports } from '../../src/lib/contentFiles';
import { firstLoadAssets, gzipSize } from '../../src/lib/pageWeight';

interface OurRow {
  path: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
}

/** MDX reduced to what Starlight understands: title and description, components as plain text. */
function toStarlight(text: string): string {
  const front = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  const body = withoutImports(front ? text.slice(front[0].length) : text);
  const keep = (front?.[1] ?? '')
    .split('\n')
    .filter((line) => /^(title|description):/.test(line))
    .join('\n');
  const plain = body.replace(
    /<([A-Z]\w*)([^>]*?)\/>/g,
    (_, name: string, attrs: string) => `${name}${attrs.replace(/\s+/g, ' ')}`,
  );
  return `---\n${keep}\n---\n${plain.replace(/<\/?[A-Z]\w*[^>]*>/g, '')}`;
}

export function benchPeer(ours: readonly OurRow[], ourEnglishBuildMs?: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-peer-'));
  try {
    cpSync('scripts/peer/package.json', join(dir, 'package.json'));
    cpSync('scripts/peer/package-lock.json', join(dir, 'package-lock.json'));
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
    if (install.status !== 0) throw new Error('npm ci for the Starlight peer failed');
    writeFileSync(
      join(dir, 'astro.config.mjs'),
      "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Worcester Treatment Help' })] });\n",
    );
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(
      join(dir, 'src/content.config.ts'),
      "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
    );
    const base = 'content/pages/en';
    for (const file of readdirSync(base, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'))) {
      const target = join(dir, 'src/content/docs', file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, toStarlight(readFileSync(join(base, file), 'utf8')));
    }
    const start = performance.now();
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const buildMs = Math.round(performance.now() - start);
    if (build.status !== 0) throw new Error('the Starlight peer build failed');
    const rows = ours
      .filter((r) => splitPath(r.path).locale === DEFAULT_LOCALE && !r.path.endsWith('.html'))
      .flatMap((r) => {
        let html: string;
        try {
          html = readFileSync(join(dir, 'dist', r.path, 'index.html'), 'utf8');
        } catch {
          return [];
        }
        const assets = firstLoadAssets(html).reduce((n, a) => {
          try {
            return n + gzipSize(readFileSync(join(dir, 'dist', a)));
          } catch {
            return n;
          }
        }, 0);
        const peerBytes = gzipSize(html) + assets;
        const ourBytes = r.htmlGzip + r.cssGzip + r.jsGzip;
        return [
          { path: r.path, oursGzip: ourBytes, starlightGzip: peerBytes, ratio: +(ourBytes / peerBytes).toFixed(2) },
        ];
      });
    const sum = (k: 'oursGzip' | 'starlightGzip') => rows.reduce((n, r) => n + r[k], 0);
    return {
      versions: JSON.parse(readFileSync('scripts/peer/package.json', 'utf8')).dependencies as Record<string, string>,
      pages: rows,
      totalRatio: rows.length > 0 ? +(sum('oursGzip') / sum('starlightGzip')).toFixed(2) : null,
      starlightBuildMs: buildMs,
      ourEnglishBuildMs: ourEnglishBuildMs ?? null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
