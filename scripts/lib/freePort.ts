/**
 * Finds a loopback port nothing listens on, so `npm start` and the browser tests never serve, or test,
 * another checkout's site that happens to answer on the usual port.
 */
import { connect, createServer } from 'node:net';

/**
 * Whether `127.0.0.1:port` is free: nothing accepts a connection there and this process can listen on it.
 * Never throws; any error counts as "not free" for listening and "free" for connecting.
 * @param port TCP port, 1-65535.
 * @example await portIsFree(4321) // true when no server uses 127.0.0.1:4321
 */
export async function portIsFree(port: number): Promise<boolean> {
  const answered = await new Promise<boolean>((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
  if (answered) return false;
  return new Promise<boolean>((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/**
 * The first free loopback port from `first` to `first + count - 1`.
 * @param first first port tried, e.g. 4321.
 * @param count how many ports to try (default 100).
 * @throws Error naming the range when every port in it is in use.
 * @example await firstFreePort(4321) // 4321, or 4322 when another server holds 4321
 */
export async function firstFreePort(first: number, count = 100): Promise<number> {
  for (let port = first; port < first + count; port += 1) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`No free port on 127.0.0.1 between ${first} and ${first + count - 1}`);
}
