import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A throwaway copy of the project where one thing can be broken and a real `astro build` run. */
export interface TempProject {
  readonly dir: string;
  /** Rewrites a file of the copy (path relative to the project root). */
  edit(file: string, change: (text: string) => string): void;
  /** Runs `astro build` (with extra environment variables, if given) and returns its exit status and output. */
  build(env?: Readonly<Record<string, string>>): { status: number | null; output: string };
  remove(): void;
}

export function tempProject(): TempProject {
  const dir = mkdtempSync(join(tmpdir(), 'worcester-build-'));
  for (const item of COPIED) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    },
    build(env = {}) {
      const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
        timeout: 240_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
