import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import type { Role } from '../../db/tables/foundation';
import { seedDemo } from '../../scripts/seed/demo';
import { ROLES } from '../../server/http/access';
import { formatViolation, runAxe } from '../support/axe';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';

// WCAG 1.4.10 (issue 16 §3): every page template, public and staff, fits a 320 px viewport without
// horizontal scrolling, and has no axe violations, for every role. The pages are found by following
// links from the start pages over the demo data; one URL per template (ids and tokens folded).
const SKIP = /\.(csv|xlsx|pdf|ics|json|png|svg|css|js)(\?|$)|^\/logga-ut|^\/healthz/;
const MAX_PAGES = 160;

export function templateOf(url: URL): string {
  const path = url.pathname.split('/').map((s) => (/^\d+$/.test(s) ? ':n' : s.length >= 20 ? ':token' : s)).join('/');
  return `${path}?${[...url.searchParams.keys()].sort().join('&')}`;
}

async function crawl(context: BrowserContext, base: string, starts: string[], failures: string[], who: string): Promise<number> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 720 });
  const seen = new Set<string>();
  const queue = starts.map((s) => new URL(s, base));
  let visited = 0;
  while (queue.length && visited < MAX_PAGES) {
    const url = queue.shift()!;
    const key = templateOf(url);
    if (seen.has(key) || SKIP.test(url.pathname)) continue;
    seen.add(key);
    const res = await page.goto(url.href).catch((e: Error) => {
      if (/Download is starting/.test(e.message)) return null; // an export link without a file extension
      throw e;
    });
    if (!res || !(res.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    visited++;
    const path = url.pathname + url.search;
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) failures.push(`${who} ${path}: scrollWidth ${width}`);
    const { violations } = await runAxe(page);
    for (const v of violations) failures.push(`${who} ${path}: ${formatViolation(v)}`);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      const next = new URL(href);
      if (next.origin === new URL(base).origin && !seen.has(templateOf(next))) queue.push(next);
    }
  }
  await page.close();
  return visited;
}

describe('browser: every page at 320 px and under axe, for every role', function () {
  this.timeout(900000);
  let browser: Browser;
  let live: LiveApp;
  before(async function () {
    ({ browser, live } = await openBrowserApp(this));
    await seedDemo(live.ctx.deps, () => {});
  });
  after(() => closeBrowserApp(browser, live));

  it('folds ids and tokens into one template per page', () => {
    assert.equal(templateOf(new URL('http://x/panel/kommuner/0114?visa=2')), '/panel/kommuner/:n?visa');
    assert.equal(templateOf(new URL('http://x/e/abcdefghijklmnopqrstuvwxyz')), '/e/:token?');
  });

  it('public pages fit 320 px with no axe violations', async () => {
    const failures: string[] = [];
    const context = await browser.newContext({ locale: 'sv-SE' });
    const n = await crawl(context, live.baseUrl, ['/', '/logga-in', '/tillganglighet', '/arkiv', '/moten-och-erfarenhetsutbyten'], failures, 'anonymous');
    await context.close();
    assert.ok(n >= 5, `visited ${n}`);
    assert.deepEqual(failures, []);
  });

  for (const role of ROLES) {
    it(`staff pages fit 320 px with no axe violations as ${role}`, async () => {
      const failures: string[] = [];
      const client = await live.ctx.as(role as Role);
      const context = await browser.newContext({ locale: 'sv-SE' });
      const host = new URL(live.baseUrl).hostname;
      await context.addCookies(client.cookie.split('; ').map((c) => {
        const [name, value] = c.split('=') as [string, string];
        return { name, value, domain: host, path: '/' };
      }));
      const n = await crawl(context, live.baseUrl, ['/oversikt'], failures, role);
      await context.close();
      assert.ok(n >= 10, `visited ${n}`);
      assert.deepEqual(failures, []);
    });
  }
});
