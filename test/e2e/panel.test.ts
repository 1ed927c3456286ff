import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, logIn } from '../support/browser';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';
import { inviteToWaves, seedPanel } from '../panel/support';

describe('browser: panel register', function () {
  let browser: Browser;
  let live: LiveApp;
  let kod: { replaced: string; rejoined: string };
  let contactId: number;
  before(async function () {
    ({ browser, live } = await openBrowserApp(this));
    await seedPanel(live.ctx);
    await live.ctx.as('admin');
    await live.ctx.as('editor');
    const db = live.ctx.db;
    const replaced = await db.selectFrom('contacts as c').innerJoin('panel_members as m', 'm.id', 'c.member_id').select('m.kommunkod').where('c.valid_to', 'is not', null).where('m.status', '=', 'active').executeTakeFirstOrThrow();
    const rejoined = await db.selectFrom('panel_members').select('kommunkod').where('joined_on', '!=', '2024-03-15').executeTakeFirstOrThrow();
    kod = { replaced: replaced.kommunkod, rejoined: rejoined.kommunkod };
    contactId = (await db.selectFrom('contacts').select('id').where('valid_to', 'is', null).where('role', '=', 'primary').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
    await inviteToWaves(live.ctx, kod.replaced, contactId, [{ title: 'Bemanning juni', opensAt: '2026-06-01T07:00:00Z', closesAt: '2026-06-20T21:00:00Z', sentAt: '2026-06-01T07:05:00Z' }]);
  });
  after(() => closeBrowserApp(browser, live));

  it('has no axe violations on any panel page, the audit log, or the forms with errors', async () => {
    const page = await newPage(browser);
    await logIn(page, live.baseUrl, 'admin');
    const paths = [
      '/panel', '/panel/kommuner', '/panel/kommuner?status=aktiv&grupp=A&q=s', `/panel/kommuner/${kod.replaced}`, `/panel/kommuner/${kod.rejoined}`,
      '/panel/kommuner/0643/medlemskap', `/panel/kommuner/${kod.replaced}/medlemskap`, `/panel/kommuner/${kod.replaced}/kontakt/ordinarie`,
      `/panel/kommuner/${kod.replaced}/kontakt/ersattare`, `/panel/kontakter/${contactId}`, `/panel/kontakter/${contactId}/andra`,
      `/panel/kontakter/${contactId}/radera`, '/panel/atgarder', '/panel/spridning', '/panel/spridning?troskel=1', '/panel/import', '/admin/logg',
    ];
    for (const path of paths) {
      await page.goto(live.baseUrl + path);
      await expectNoAxeViolations(page, path);
    }
    await page.goto(`${live.baseUrl}/panel/spridning?troskel=x`);
    await expectNoAxeViolations(page, 'spridning with a bad threshold');
    assert.equal(await page.locator('canvas[data-chart-target]').count(), 5);
    await page.waitForFunction(() => (window as unknown as { Chart?: { instances: object } }).Chart !== undefined);

    await page.goto(`${live.baseUrl}/panel/kommuner/${kod.replaced}/kontakt/ordinarie`);
    await page.locator('#f-email').fill('inte en adress');
    await page.locator('main button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    await expectNoAxeViolations(page, 'contact form with errors');
    await page.goto(`${live.baseUrl}/panel/import`);
    await page.locator('main button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    await expectNoAxeViolations(page, 'import without a file');
    // (axe cannot run with JavaScript switched off, so the dry-run pages are checked here.)
    await page.locator('#f-fil').setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from('kommunkod;namn;e-post\n0117;Ola Ö;ola@osteraker.example\n1;x;y\n') });
    await page.locator('main button[type=submit]').click();
    await page.waitForURL(/\/panel\/import\/\d+$/);
    await expectNoAxeViolations(page, 'import dry run');
    await page.getByRole('button', { name: 'Genomför importen' }).click();
    await page.waitForSelector('.notice--success');
    await expectNoAxeViolations(page, 'import applied');
  });

  it('replaces a contact and imports a file with JavaScript switched off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await logIn(page, live.baseUrl, 'editor');

    await page.goto(`${live.baseUrl}/panel/kommuner/${kod.rejoined}`);
    await page.getByRole('link', { name: /^Byt ordinarie kontaktperson/ }).click();
    await page.locator('#f-name').fill('Nina Nyberg');
    await page.locator('#f-title').fill('Förvaltningschef');
    await page.locator('#f-email').fill('nina.nyberg@kommun.example');
    await page.getByRole('button', { name: 'Byt kontaktperson' }).click();
    await page.waitForURL(`${live.baseUrl}/panel/kommuner/${kod.rejoined}`);
    assert.match(await page.locator('.notice--success').innerText(), /Nina Nyberg har ersatt/);
    assert.match(await page.locator('table').first().innerText(), /Nina Nyberg[\s\S]*Avslutad/);

    await page.goto(`${live.baseUrl}/panel/import`);
    await page.locator('#f-fil').setInputFiles({
      name: 'nya.csv', mimeType: 'text/csv',
      buffer: Buffer.from('kommunkod;namn;e-post\n0643;Hanna Habo;hanna@habo.example\n9999;Fel;fel@x.example\n', 'utf8'),
    });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.waitForURL(/\/panel\/import\/\d+$/);
    assert.match(await page.locator('table').innerText(), /Ny[\s\S]*Fel[\s\S]*Det finns ingen kommun med kommunkod 9999/);
    await page.getByRole('button', { name: 'Genomför importen' }).click();
    await page.waitForURL(/\/panel\/import\/\d+$/);
    assert.match(await page.locator('.notice--success').first().innerText(), /Importen är genomförd: 1 nya/);
    await context.close();
  });
});
