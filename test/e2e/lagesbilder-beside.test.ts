import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { createReadyDraft, publish, revisionOf } from '../lagesbilder/helpers';
import { insertFixtureResponses, insertWaveFixture } from '../results/fixtures';
import { insertCompareFixture } from '../results/register-compare-fixture';
import { expectNoAxeViolations } from '../support/axe';
import { logIn, newPage } from '../support/browser';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';

// Issue 18: the register-beside-panel figure and the RSS regions on recipient lists, in a browser with axe.
describe('browser: lägesbild figure with register beside panel, recipient lists by RSS region', function () {
  let browser: Browser;
  let live: LiveApp;
  let id: number;
  before(async function () {
    ({ browser, live } = await openBrowserApp(this));
    const editor = await live.ctx.as('editor');
    const indicator = await insertCompareFixture(live.ctx);
    const { waveId } = await insertWaveFixture(live.ctx.db, { k: 3, dimensions: ['landsdel'] });
    await insertFixtureResponses(live.ctx.db, waveId, Array.from({ length: 8 }, (_, i) => ({
      bg: { landsdel: i % 2 ? 'Götaland' : 'Svealand' }, answers: [{ q: 'brist', code: i % 3 ? 'ja' : 'nej' }],
    })));
    id = await createReadyDraft(live.ctx, editor, []);
    const added = await editor.post(`/lagesbilder/${id}/figurer/bredvid`, {
      revision: await revisionOf(live.ctx, id), beside_indicator: String(indicator), beside_year: '', beside_question: `breakdown:${waveId}:q-brist:landsdel`,
    });
    assert.equal(added.status, 303);
    assert.equal((await publish(live.ctx, editor, id)).status, 303);
  });
  after(() => closeBrowserApp(browser, live));

  it('shows both halves, each with chart and table, without axe violations on the public page', async () => {
    const page = await newPage(browser);
    await page.goto(`${live.baseUrl}/arkiv/${id}`);
    await expectNoAxeViolations(page, 'archive page with a beside figure');
    assert.equal(await page.locator('.beside__half canvas[data-chart-target]').count(), 2);
    assert.equal(await page.locator('.beside__half figure.chart table').count(), 2);
    assert.match(await page.locator('.beside__half').first().innerText(), /Källa: Kolada \(RKA\)\./);
    assert.match(await page.locator('.beside__half').nth(1).innerText(), /Källa: Äldreomsorgspanelen/);
  });

  it('has no axe violations on the figures page, the preview and the list form, nor with errors', async () => {
    const page = await newPage(browser);
    await logIn(page, live.baseUrl, 'editor');
    for (const path of [`/lagesbilder/${id}/figurer`, `/lagesbilder/${id}/forhandsvisning`, '/lagesbilder/mottagarlistor/ny']) {
      await page.goto(live.baseUrl + path);
      await expectNoAxeViolations(page, path);
    }
    await page.goto(`${live.baseUrl}/lagesbilder/${id}/figurer`);
    await page.getByRole('button', { name: 'Lägg till register och panel bredvid varandra' }).click();
    await page.waitForSelector('.error-summary');
    await expectNoAxeViolations(page, 'beside form with errors');
    assert.equal(await page.locator('#f-beside_indicator').getAttribute('aria-invalid'), 'true');

    await page.goto(`${live.baseUrl}/lagesbilder/mottagarlistor/ny`);
    await page.locator('#f-name').fill('Panelen i Skaraborg');
    await page.getByRole('group', { name: 'Västra Götalands län' }).getByLabel('Skaraborg').check();
    await page.getByLabel('Panelens kontaktpersoner').check();
    await page.getByRole('button', { name: 'Spara listan' }).click();
    await page.waitForSelector('.error-summary');
    await expectNoAxeViolations(page, 'list form with a region error');
    assert.match(await page.locator('.error-summary').innerText(), /Panelens alla kontaktpersoner får redan utskicket/);
    assert.ok(await page.locator('#f-regions-14S').isChecked(), 'the chosen region is kept');
  });
});
