import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, logIn, tabTo } from '../support/browser';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';
import { createReadyDraft, publish } from '../lagesbilder/helpers';

describe('browser: lägesbilder', function () {
  let browser: Browser;
  let live: LiveApp;
  let published: number;
  let draft: number;
  before(async function () {
    ({ browser, live } = await openBrowserApp(this));
    const editor = await live.ctx.as('editor');
    published = await createReadyDraft(live.ctx, editor);
    await publish(live.ctx, editor, published);
    await editor.post('/lagesbilder/mottagarlistor', { name: 'Regeringskansliet', kind: 'addresses', addresses: 'registrator@departementet.example', attach_pdf: '1' });
    await editor.post(`/lagesbilder/${published}/utskick`, { version: '1', list_id: '1' });
    draft = await createReadyDraft(live.ctx, editor);
  });
  after(() => closeBrowserApp(browser, live));

  it('has no axe violations on the public archive (no login)', async () => {
    const page = await newPage(browser);
    for (const path of ['/arkiv', `/arkiv/${published}`, `/arkiv/${published}/version/1`]) {
      await page.goto(live.baseUrl + path);
      await expectNoAxeViolations(page, path);
    }
    assert.equal(await page.locator('canvas[data-chart-target]').count(), 2);
    assert.equal(await page.locator('figure.chart table').count(), 2);
  });

  it('has no axe violations on the editor, figures, preview, overview and recipient lists, nor on forms with errors', async () => {
    const page = await newPage(browser);
    await logIn(page, live.baseUrl, 'editor');
    const paths = ['/lagesbilder', '/lagesbilder/ny', `/lagesbilder/${draft}`, `/lagesbilder/${draft}/redigera`, `/lagesbilder/${draft}/figurer`,
      `/lagesbilder/${draft}/forhandsvisning`, `/lagesbilder/${published}`, '/lagesbilder/mottagarlistor', '/lagesbilder/mottagarlistor/ny', '/lagesbilder/mottagarlistor/1'];
    for (const path of paths) {
      await page.goto(live.baseUrl + path);
      await expectNoAxeViolations(page, path);
    }
    await page.goto(`${live.baseUrl}/lagesbilder/${draft}/redigera`);
    await page.locator('#f-title').fill('');
    await page.locator('#f-date').fill('');
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await page.waitForSelector('.error-summary');
    await expectNoAxeViolations(page, 'editor with errors');
    assert.equal(await page.locator('#f-title').getAttribute('aria-invalid'), 'true');
  });

  it('an editor publishes a draft with the keyboard only', async () => {
    const page = await newPage(browser);
    await logIn(page, live.baseUrl, 'editor');
    await page.goto(`${live.baseUrl}/lagesbilder/${draft}`);
    assert.ok(await tabTo(page, (f) => f.tag === 'button' && f.accessibleName === 'Publicera version 1'), 'Tab reaches the publish button');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await page.waitForSelector('.notice--success');
    assert.match(await page.locator('.notice--success').innerText(), /Version 1 är publicerad/);
    const versions = await live.ctx.db.selectFrom('lagesbild_versions').select('version').where('lagesbild_id', '=', draft).execute();
    assert.deepEqual(versions.map((v) => v.version), [1], 'version 1 is published in the database');
    await expectNoAxeViolations(page, 'overview after publishing');
  });
});
