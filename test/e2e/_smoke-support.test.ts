// Temporary self-check of the browser-test support (until the app has real pages to test).
// Serves pages under the same strict CSP the app uses, so axe injection is proven to work under it.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, runAxe } from '../support/axe';
import { chromiumPath, expectVisibleFocus, focusedInfo, launchBrowser, newPage, tabTo } from '../support/browser';
import { skipUnlessTool } from '../support/system-tools';

const layout = (title: string, body: string) => `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/style.css"></head>
<body><main><h1>${title}</h1>${body}</main>
<script>document.title = 'inline script ran';</script></body></html>`;

const pages: Record<string, string> = {
  '/ok': layout(
    'Anmälan till panelen',
    `<form method="post" action="/ok"><label for="epost">E-postadress</label>
     <input id="epost" name="epost" type="email" autocomplete="email">
     <button type="submit">Skicka</button></form>`,
  ),
  '/broken': layout(
    'Trasig sida',
    `<img src="/style.css"><input name="namn" type="text">
     <button type="button" class="no-ring">Spara</button>`,
  ),
  '/style.css': 'body { font-family: sans-serif; } .no-ring:focus { outline: none; }',
};

function startServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': req.url === '/style.css' ? 'text/css' : 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'self'; script-src 'self'",
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('browser-test support (self-check)', function () {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;

  before(async function () {
    skipUnlessTool(this, chromiumPath(), 'browser tests need Chromium');
    server = await startServer();
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
  beforeEach(async () => {
    page = await newPage(browser);
  });
  afterEach(async () => {
    await page?.context().close();
  });

  it('keeps the CSP active, so inline scripts are blocked', async () => {
    await page.goto(`${baseUrl}/ok`);
    assert.equal(await page.title(), 'Anmälan till panelen');
  });

  it('finds no axe violations on an accessible page despite the strict CSP', async () => {
    await page.goto(`${baseUrl}/ok`);
    await expectNoAxeViolations(page, '/ok');
  });

  it('reports missing alt text and a missing label on a broken page', async () => {
    await page.goto(`${baseUrl}/broken`);
    const ids = (await runAxe(page)).violations.map((v) => v.id);
    assert.ok(ids.includes('image-alt'), `violations: ${ids.join(', ')}`);
    assert.ok(ids.includes('label'), `violations: ${ids.join(', ')}`);
    await assert.rejects(expectNoAxeViolations(page, '/broken'), /image-alt \[critical\].*img/);
  });

  it('tabs through the form in order and shows a focus ring', async () => {
    await page.goto(`${baseUrl}/ok`);
    assert.equal(await tabTo(page, 'input', 1), true);
    assert.deepEqual(await focusedInfo(page), {
      tag: 'input', id: 'epost', name: 'epost', text: '', accessibleName: 'E-postadress',
    });
    assert.equal(await tabTo(page, (info) => info.accessibleName === 'Skicka'), true);
    assert.equal((await focusedInfo(page))?.tag, 'button');
    await expectVisibleFocus(page);
  });

  it('reports an element that Tab never reaches and a removed focus ring', async () => {
    await page.goto(`${baseUrl}/broken`);
    assert.equal(await tabTo(page, 'img', 10), false);
    assert.equal(await tabTo(page, 'button.no-ring'), true);
    await assert.rejects(expectVisibleFocus(page), /no visible focus indicator.*"accessibleName":"Spara"/);
  });
});
