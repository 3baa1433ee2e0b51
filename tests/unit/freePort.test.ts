import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { firstFreePort, portIsFree } from '../../scripts/lib/freePort';

let servers: Server[] = [];

/** Holds a loopback port the way another checkout's preview server would; the OS picks a free one. */
async function occupy(host = '127.0.0.1', port = 0): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(port, host, done));
  servers.push(server);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  servers = [];
});

describe('free loopback ports', () => {
  it('counts a port another server listens on as taken, on 127.0.0.1 or on every address', async () => {
    expect(await portIsFree(await occupy())).toBe(false);
    expect(await portIsFree(await occupy('0.0.0.0'))).toBe(false);
  });

  it('skips a taken port and returns the next free one', async () => {
    const taken = await occupy();
    const found = await firstFreePort(taken, 5);
    expect(found).toBeGreaterThan(taken);
    expect(await portIsFree(found)).toBe(true);
  });

  it('names the range when every port in it is taken', async () => {
    const taken = await occupy();
    await expect(firstFreePort(taken, 1)).rejects.toThrow(`between ${taken} and ${taken}`);
  });
});
