import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestContext, type TestContext } from './context';

export interface LiveApp { ctx: TestContext; baseUrl: string; close(): Promise<void> }

/** The app on a real loopback port, for browser tests. */
export async function startLiveApp(opts: Parameters<typeof createTestContext>[0] = {}): Promise<LiveApp> {
  const ctx = await createTestContext(opts);
  const server: Server = await new Promise((resolve) => { const s = ctx.app.listen(0, '127.0.0.1', () => resolve(s)); });
  const { port } = server.address() as AddressInfo;
  return {
    ctx,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.close();
    },
  };
}
