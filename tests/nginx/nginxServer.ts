/**
 * Starts Debian's nginx on a loopback port with the server configuration from deploy/, serving a
 * world-readable copy of a built dist/ from a temporary prefix. Nothing but 127.0.0.1 is ever contacted.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SERVER_BLOCK_PATHS } from '../../scripts/lib/deployConfig';
import { firstFreePort, portIsFree } from '../../scripts/lib/freePort';
import { securityTxt } from '../../scripts/lib/securityTxt';

/** Debian's nginx binary (`apt-get install -y nginx-light`); `NGINX_BIN` overrides it. */
export const NGINX_BIN = process.env['NGINX_BIN'] ?? '/usr/sbin/nginx';
/** First loopback port tried for the test server when `NGINX_TEST_PORT` does not name one. */
export const DEFAULT_PORT = 4399;
/** Header that the test server (only) trusts as the client address, to check how addresses are logged. */
export const TEST_CLIENT_HEADER = 'X-Test-Client-Address';

const DEPLOY = resolve('deploy/nginx');

export interface RunningNginx {
  readonly baseURL: string;
  /** The copy of dist/ being served. */
  readonly root: string;
  readonly accessLog: string;
  /** The site's error log, at the level the production server block sets. */
  readonly errorLog: string;
  stop(): Promise<void>;
}

function replaceExactly(text: string, find: string, replacement: string, expected: number): string {
  const count = text.split(find).length - 1;
  if (count !== expected) {
    throw new Error(
      `deploy/nginx/worcester-help.conf: expected "${find}" ${expected} time(s), found ${count}; ` +
        'update tests/nginx/nginxServer.ts together with scripts/lib/deployConfig.ts',
    );
  }
  return text.split(find).join(replacement);
}

/**
 * The production server block with only its address, root and log folder changed, plus a test-only
 * realip rule so the log test can present documentation addresses (203.0.113.0/24, 2001:db8::/32).
 * @example localServerBlock(text, { port: 4399, root: '/tmp/x/site', logDir: '/tmp/x/logs/' })
 */
export function localServerBlock(production: string, at: { port: number; root: string; logDir: string }): string {
  const { listen, root, logDir } = SERVER_BLOCK_PATHS;
  let text = replaceExactly(production, listen[0], `listen 127.0.0.1:${at.port};`, 1);
  text = replaceExactly(text, `${listen[1]}\n`, '', 1);
  text = replaceExactly(text, `root ${root};`, `root ${at.root};`, 1);
  text = replaceExactly(text, logDir, at.logDir, 2);
  return replaceExactly(
    text,
    'server {\n',
    `server {\n    set_real_ip_from 127.0.0.1;\n    real_ip_header ${TEST_CLIENT_HEADER};\n`,
    1,
  );
}

function makeReadable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) makeReadable(path);
    else chmodSync(path, 0o644);
  }
}

/**
 * The test server's port: `NGINX_TEST_PORT` when set, else the first free one from 4399 upwards, stored in
 * `NGINX_TEST_PORT` so Playwright's workers (which inherit the environment) use the same one.
 * @example await choosePort() // 4399
 */
export async function choosePort(): Promise<number> {
  const set = process.env['NGINX_TEST_PORT'];
  if (set !== undefined && set !== '') return Number(set);
  const port = await firstFreePort(DEFAULT_PORT);
  process.env['NGINX_TEST_PORT'] = String(port);
  return port;
}

async function waitUntilServing(baseURL: string, child: ChildProcess, errorLog: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${errorLog()}`);
    try {
      const response = await fetch(baseURL, { redirect: 'manual' });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer at ${baseURL} within 15 s:\n${errorLog()}`);
}

/** Fills a temporary prefix: a readable copy of the build, the deploy/ files and an nginx.conf around them. */
function prepare(prefix: string, dist: string, port: number): void {
  const conf = join(prefix, 'conf');
  const logs = join(prefix, 'logs');
  const root = join(prefix, 'site');
  for (const dir of [conf, join(conf, 'conf.d'), join(conf, 'snippets'), join(conf, 'sites-enabled'), logs]) {
    mkdirSync(dir, { recursive: true });
  }
  cpSync(dist, root, { recursive: true });
  // Serve /.well-known/security.txt the way a production build with CORRECTIONS_CONTACT set would have it.
  if (!existsSync(join(root, '.well-known/security.txt'))) {
    mkdirSync(join(root, '.well-known'), { recursive: true });
    // A reserved .invalid address: this copy is served on 127.0.0.1 only and then deleted.
    const text = securityTxt({
      contactHref: 'https://security-txt-test.invalid/report',
      built: new Date('2026-01-01T00:00:00Z'),
      site: null,
    });
    writeFileSync(join(root, '.well-known/security.txt'), text ?? '');
  }
  makeReadable(prefix);

  // The deploy/ files themselves, byte for byte; only the server block's address, root and log folder change.
  copyFileSync(join(DEPLOY, 'worcester-help-http.conf'), join(conf, 'conf.d/worcester-help.conf'));
  copyFileSync(join(DEPLOY, 'worcester-help-site.conf'), join(conf, 'snippets/worcester-help-site.conf'));
  writeFileSync(
    join(conf, 'sites-enabled/worcester-help'),
    localServerBlock(readFileSync(join(DEPLOY, 'worcester-help.conf'), 'utf8'), {
      port,
      root,
      logDir: `${logs}/`,
    }),
  );
  const temp = (name: string) => join(prefix, 'tmp', name);
  // Shaped like Debian's /etc/nginx/nginx.conf (which also has "gzip on" in http), minus TLS.
  writeFileSync(
    join(conf, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user nobody nogroup;\n' : ''}worker_processes 1;
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(logs, 'main-error.log')} warn;
events {
    worker_connections 64;
}
http {
    sendfile on;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${join(logs, 'default-access.log')};
    gzip on;
    client_body_temp_path ${temp('body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    include conf.d/*.conf;
    include sites-enabled/*;
}
`,
  );
  mkdirSync(join(prefix, 'tmp'), { mode: 0o755 });
}

/**
 * Copies `dist` to a temporary prefix, writes an nginx.conf around the deploy/ files and starts nginx.
 * The caller must call `stop()` (in a finally block); should the process exit first, nginx is killed anyway.
 */
export async function startNginx(port: number, dist = process.env['DIST_DIR'] ?? 'dist'): Promise<RunningNginx> {
  if (!existsSync(NGINX_BIN)) {
    throw new Error(`${NGINX_BIN} is missing: install Debian's nginx with "apt-get install -y nginx-light"`);
  }
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist}/index.html is missing: run "npm run build" first`);
  if (!(await portIsFree(port))) {
    throw new Error(`127.0.0.1:${port} is in use; set NGINX_TEST_PORT to a free port`);
  }

  const prefix = mkdtempSync(join(tmpdir(), 'worcester-nginx-'));
  const conf = join(prefix, 'conf');
  const logs = join(prefix, 'logs');
  const root = join(prefix, 'site');
  try {
    prepare(prefix, dist, port);
  } catch (error) {
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  }

  const args = ['-p', `${prefix}/`, '-c', join(conf, 'nginx.conf'), '-e', join(logs, 'main-error.log')];
  const syntax = spawnSync(NGINX_BIN, [...args, '-t'], { encoding: 'utf8' });
  if (syntax.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx rejected the configuration:\n${syntax.stderr}`);
  }

  // Its own process group, so stopping it also stops the worker if the master is killed.
  const child = spawn(NGINX_BIN, args, { stdio: 'ignore', detached: true });
  const killGroup = () => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  process.once('exit', killGroup);

  const baseURL = `http://127.0.0.1:${port}`;
  const readLog = (name: string) => (existsSync(join(logs, name)) ? readFileSync(join(logs, name), 'utf8') : '');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGQUIT');
      const timer = setTimeout(killGroup, 5_000);
      await exited;
      clearTimeout(timer);
    }
    process.removeListener('exit', killGroup);
    if (process.env['NGINX_TEST_KEEP'] === undefined) rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(baseURL, child, () => readLog('main-error.log'));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseURL,
    root,
    accessLog: join(logs, 'worcester-help.access.log'),
    errorLog: join(logs, 'worcester-help.error.log'),
    stop,
  };
}
