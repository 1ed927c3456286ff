import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { runKoladaImports } from '../../server/services/kolada/run-imports';
import { expectNoAxeViolations } from '../support/axe';
import { logIn, newPage } from '../support/browser';
import { startKoladaServer, type KoladaServer } from '../support/kolada-server';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';
import { koladaPlan } from '../results/kolada-fixture';
import { insertCompareFixture } from '../results/register-compare-fixture';

describe('browser: Kolada import and the indicator page', function () {
  this.timeout(180_000);
  let browser: Browser;
  let live: LiveApp;
  let kolada: KoladaServer;
  let indicatorId: number;
  before(async function () {
    kolada = await startKoladaServer({ ...koladaPlan(), failOnce: [], slowOnce: {} });
    ({ browser, live } = await openBrowserApp(this, { env: { KOLADA_URL: kolada.url } }));
    await live.ctx.as('analyst');
    indicatorId = await insertCompareFixture(live.ctx);
  });
  after(async () => { await closeBrowserApp(browser, live); await kolada?.close(); });

  it('searches, fetches, shows the dry run and saves, with no axe violations on the way', async () => {
    const page = await newPage(browser);
    await logIn(page, live.baseUrl, 'analyst');
    await page.goto(`${live.baseUrl}/resultat/register/kolada`);
    await expectNoAxeViolations(page, 'kolada form');
    await page.locator('#f-sok').fill('hemtjänst');
    await page.getByRole('button', { name: 'Sök' }).click();
    await page.getByRole('link', { name: 'N00945' }).click();
    assert.equal(await page.locator('#f-kpi').inputValue(), 'N00945');
    await page.locator('#f-years').fill('2022–2024');
    await page.getByRole('button', { name: 'Hämta och provkör' }).click();
    await page.waitForURL(/\/resultat\/register\/kolada\/\d+$/);
    await expectNoAxeViolations(page, 'kolada import queued');
    await runKoladaImports(live.ctx.deps, { timeoutMs: 2_000, backoffMs: 5 });
    await page.reload();
    assert.match(await page.locator('#kolada-report').innerText(), /290 av 290/);
    await expectNoAxeViolations(page, 'kolada dry run');
    await page.getByRole('button', { name: 'Spara värdena' }).click();
    await page.waitForSelector('#kolada-changed');
    await expectNoAxeViolations(page, 'kolada saved');
  });

  it('draws the indicator chart, has no axe violations, and works without JavaScript', async () => {
    const page = await newPage(browser);
    await logIn(page, live.baseUrl, 'analyst');
    await page.goto(`${live.baseUrl}/resultat/register/${indicatorId}/jamfor?kommun=1401`);
    await page.waitForFunction(() => (window as unknown as { Chart?: unknown }).Chart !== undefined);
    await expectNoAxeViolations(page, 'indicator page');
    // Without the app's scripts (chart.js and app.js never load): the table and the GET form must do.
    const context = await browser.newContext({ locale: 'sv-SE' });
    await context.route('**/*.js', (route) => route.abort());
    const plain = await context.newPage();
    await logIn(plain, live.baseUrl, 'analyst');
    await plain.goto(`${live.baseUrl}/resultat/register/${indicatorId}/jamfor`);
    await plain.locator('#f-kommun').selectOption('0114');
    await plain.locator('#f-grupp').selectOption('A1');
    await plain.getByRole('button', { name: 'Visa' }).click();
    await plain.waitForURL(/kommun=0114&grupp=A1$/);
    assert.equal(await plain.evaluate(() => typeof (window as unknown as { Chart?: unknown }).Chart), 'undefined');
    const firstRow = await plain.locator('table.table tbody tr').first().innerText();
    assert.match(firstRow.replace(/\s+/g, ' '), /^2023 20 20 11,1 35 24,5 25 21,4$/);
    await expectNoAxeViolations(plain, 'indicator page without JavaScript');
    await context.close();
  });
});
