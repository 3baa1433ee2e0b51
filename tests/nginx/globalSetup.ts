import { choosePort, startNginx } from './nginxServer';

/** Starts nginx once for the whole run; Playwright calls the returned function when the run ends. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startNginx(await choosePort());
  // Workers inherit these: the log tests read the files nginx writes.
  process.env['NGINX_ACCESS_LOG'] = server.accessLog;
  process.env['NGINX_ERROR_LOG'] = server.errorLog;
  process.env['NGINX_ROOT'] = server.root;
  return () => server.stop();
}
