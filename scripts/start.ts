// `npm start`: builds the site for the address it will be served at, serves dist/ in the foreground
// (Ctrl+C stops it) and prints that address in one line. Port: PORT when set (it must be free), else the
// first free one from 4321. SITE_URL, when unset, becomes that address, so canonical links, feeds and the
// sitemap point at this server and not at whatever else answers on 4321.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstFreePort, portIsFree } from './lib/freePort';

const DEFAULT_PORT = 4321;
const READY_DEADLINE_MS = 60_000;

async function choosePort(): Promise<number> {
  const set = process.env['PORT'];
  if (set === undefined || set.trim() === '') return firstFreePort(DEFAULT_PORT);
  const port = Number(set);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a TCP port, received "${set}"`);
  if (!(await portIsFree(port))) throw new Error(`PORT ${port} is in use on 127.0.0.1; choose another or unset PORT`);
  return port;
}

/** Polls until the server answers `/` with this build's home page; fails after the deadline or on another site. */
async function waitForThisBuild(url: string, exited: () => boolean): Promise<void> {
  const expected = readFileSync(join('dist', 'index.html'), 'utf8');
  const deadline = Date.now() + READY_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('astro preview stopped before serving');
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (response.status === 200 && body === expected) return;
      throw new Error(`${url} answers with a page that is not this build's dist/index.html`);
    } catch (error) {
      if (error instanceof Error && error.message.includes('not this build')) throw error;
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${url} within ${READY_DEADLINE_MS / 1000} s`);
}

const port = await choosePort();
const url = `http://127.0.0.1:${port}/`;
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
if ((env['SITE_URL'] ?? '').trim() === '') env['SITE_URL'] = `http://localhost:${port}`;

const npm = process.env['npm_execpath'];
const build = npm
  ? spawnSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit', env })
  : spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const preview = spawn(
  process.execPath,
  ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)],
  { stdio: ['inherit', 'ignore', 'inherit'], env },
);
let exitCode: number | null = null;
preview.once('exit', (code, signal) => {
  exitCode = code ?? (signal ? 1 : 0);
  process.exit(exitCode);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));

try {
  await waitForThisBuild(url, () => exitCode !== null);
  console.log(`\nServing this build at ${url} (its links use ${env['SITE_URL']}). Press Ctrl+C to stop.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  preview.kill('SIGTERM');
}
