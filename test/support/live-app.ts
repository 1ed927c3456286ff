import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchBrowser } from './browser';
import { createTestContext, type TestContext } from './context';
import { skipUnlessTool } from './system-tools';

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

/** A browser suite's start: skipped (locally) without Debian's Chromium, else a browser and a live app. */
export async function openBrowserApp(suite: Mocha.Context, opts: Parameters<typeof createTestContext>[0] = {}): Promise<{ browser: Browser; live: LiveApp }> {
  skipUnlessTool(suite, chromiumPath(), 'browser tests need Debian chromium');
  return { browser: await launchBrowser(), live: await startLiveApp(opts) };
}

export async function closeBrowserApp(browser: Browser | undefined, live: LiveApp | undefined): Promise<void> {
  await browser?.close();
  await live?.close();
}
