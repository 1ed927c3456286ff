import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, logIn, tabTo } from '../support/browser';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';
import { insertFixtureResponses, insertInvitations, insertWaveFixture, type FixtureResponse } from '../results/fixtures';

const responses = (plan: [string, number][]): FixtureResponse[] => plan.flatMap(([landsdel, n]) => Array.from({ length: n }, (_, i) => ({
  bg: { landsdel, huvudgrupp: i % 2 ? 'B' : 'C' },
  answers: [{ q: 'brist', code: i % 3 ? 'ja' : 'nej' }, { q: 'lage', code: String((i % 5) + 1), num: (i % 5) + 1 }, { q: 'antal', num: i }, { q: 'atgarder', code: 'lon' }, { q: 'grupp', item: 'ssk', code: 'stor' }],
  texts: i < 2 ? [{ q: 'kommentar', text: `Kommentar ${landsdel} ${i}`, status: i === 0 ? 'approved' as const : 'pending' as const }] : [],
})));

describe('browser: results', function () {
  let browser: Browser;
  let live: LiveApp;
  let closed: number;
  let open: number;
  let compared: number;
  before(async function () {
    ({ browser, live } = await openBrowserApp(this));
    await live.ctx.as('analyst');
    closed = (await insertWaveFixture(live.ctx.db, { k: 5, dimensions: ['landsdel', 'huvudgrupp'] })).waveId;
    await insertFixtureResponses(live.ctx.db, closed, responses([['Götaland', 12], ['Svealand', 8], ['Norrland', 3]]));
    open = (await insertWaveFixture(live.ctx.db, { status: 'open', title: 'Pågår' })).waveId;
    const series = await live.ctx.db.insertInto('survey_series').values({ key: 'bemanning', title: 'Bemanning sommar', description: null, created_at: '2026-01-01T00:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
    for (const [title, opensAt] of [['Juni', '2026-05-18T06:00:00.000Z'], ['Oktober', '2026-09-21T06:00:00.000Z']]) {
      const wave = (await insertWaveFixture(live.ctx.db, { seriesId: series.id, title, opensAt })).waveId;
      await insertFixtureResponses(live.ctx.db, wave, responses([['Götaland', 9], ['Svealand', 7]]));
      compared = wave;
    }
    await insertInvitations(live.ctx.db, open, 'Svealand', 12, 5);
  });
  after(() => closeBrowserApp(browser, live));

  it('has no axe violations on any results page, and the charts draw', async () => {
    const page = await newPage(browser);
    await logIn(page, live.baseUrl, 'analyst');
    const paths = ['/resultat', `/resultat/vagor/${open}`, `/resultat/vagor/${closed}`, `/resultat/vagor/${closed}?uppdelning=landsdel`,
      `/resultat/vagor/${closed}/fritext`, `/resultat/vagor/${closed}/fritext?visa=approved`, '/resultat/register', '/resultat/register/import', `/resultat/vagor/${compared}/jamforelse`];
    for (const path of paths) {
      await page.goto(live.baseUrl + path);
      await expectNoAxeViolations(page, path);
    }
    await page.goto(`${live.baseUrl}/resultat/vagor/${closed}?uppdelning=landsdel`);
    assert.ok((await page.locator('canvas[data-chart-target]').count()) > 5);
    await page.waitForFunction(() => (window as unknown as { Chart?: unknown }).Chart !== undefined);
    await page.goto(`${live.baseUrl}/resultat/register/import`);
    await page.locator('main button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    await expectNoAxeViolations(page, 'register import with errors');
    await page.locator('#f-name').fill('Andel 80+ med hemtjänst');
    await page.locator('#f-source').fill('Kolada');
    await page.locator('#f-fil').setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from('kommunkod;år;värde\n0114;2023;21,5\n0180;2022;20\n0181;2024;19,1\n') });
    await page.locator('main button[type=submit]').click();
    await page.waitForURL(/\/resultat\/register\/\d+$/);
    await expectNoAxeViolations(page, 'register indicator');
  });

  it('free text can be approved with the keyboard only', async () => {
    const page = await newPage(browser);
    await logIn(page, live.baseUrl, 'analyst');
    await page.goto(`${live.baseUrl}/resultat/vagor/${closed}/fritext`);
    const before = await page.locator('form.review').count();
    assert.ok(await tabTo(page, (f) => f.tag === 'button' && f.text === 'Godkänn'), 'Tab reaches an approve button');
    const action = await page.evaluate(() => document.activeElement?.closest('form')?.getAttribute('action') ?? '');
    const textId = /^\/resultat\/fritext\/(.+)$/.exec(action)?.[1];
    assert.ok(textId, action);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('form.review').count(), before - 1);
    const row = await live.ctx.db.selectFrom('free_texts').select('status').where('id', '=', textId).executeTakeFirstOrThrow();
    assert.equal(row.status, 'approved', 'Enter approved the text whose button had focus');
    assert.equal(await page.locator(`form.review[action="${action}"]`).count(), 0, 'that text left the review list');
  });
});
