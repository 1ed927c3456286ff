import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, tabTo } from '../support/browser';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';
import { answerLinks, openWaveForTest, type OpenWave } from '../answer/support';

/** Tab to the element and press Enter (links and buttons) — no mouse anywhere in this file. */
async function activate(page: Page, selector: string): Promise<void> {
  assert.ok(await tabTo(page, selector), `could not reach ${selector} with Tab`);
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
}

async function check(page: Page, label: string): Promise<void> {
  await expectNoAxeViolations(page, label);
}

describe('browser: answering a survey', function () {
  let browser: Browser;
  let live: LiveApp;
  let wave: OpenWave;
  let links: string[];
  before(async function () {
    ({ browser, live } = await openBrowserApp(this));
    wave = await openWaveForTest(live.ctx);
    links = await answerLinks(live.ctx);
  });
  after(() => closeBrowserApp(browser, live));

  it('keyboard only: pages with a condition, errors, save, resume with the link, review, submit; axe on every page', async () => {
    const page = await newPage(browser);
    await page.goto(live.baseUrl + links[0]);
    assert.equal(new URL(page.url()).pathname, '/svar', 'the token is gone from the address');
    await check(page, 'start');
    await activate(page, 'a[href="/svar/sida/start"]');
    await check(page, 'first page');

    await activate(page, 'button[value=next]');
    assert.match(await page.locator('.error-summary').innerText(), /Det finns fel/);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, 'focus moves to the summary');
    await check(page, 'first page with errors');

    assert.ok(await tabTo(page, 'input[name=q_brist][value=ja]'));
    await page.keyboard.press('Space');
    assert.ok(await tabTo(page, '#q_antal'));
    await page.keyboard.type('12');
    await activate(page, 'button[value=next]');
    assert.equal(new URL(page.url()).pathname, '/svar/sida/orsak', 'the condition (antal ≥ 10) shows this page');
    await check(page, 'conditional page');
    assert.ok(await tabTo(page, 'textarea[name=q_varfor]'));
    await page.keyboard.type('Få sökande till sommaren');
    await activate(page, 'button[value=save]');
    assert.equal(new URL(page.url()).pathname, '/svar/sparat');
    await check(page, 'saved');
    await page.context().close();

    const later = await newPage(browser);
    await later.goto(live.baseUrl + links[0]);
    await activate(later, 'a[href="/svar/sida/orsak"]');
    assert.equal(await later.locator('textarea[name=q_varfor]').inputValue(), 'Få sökande till sommaren');
    await activate(later, 'button[value=next]');
    assert.equal(new URL(later.url()).pathname, '/svar/sida/atgarder');
    await check(later, 'last page');
    assert.ok(await tabTo(later, 'input[name=q_gjort][value=bonus]'));
    await later.keyboard.press('Space');
    await activate(later, 'button[value=next]');
    assert.equal(new URL(later.url()).pathname, '/svar/granska');
    assert.match(await later.locator('main').innerText(), /Få sökande till sommaren/);
    await check(later, 'review');
    await activate(later, 'form[action="/svar/skicka"] button');
    assert.equal(new URL(later.url()).pathname, '/svar/tack');
    await check(later, 'thanks');

    await later.goto(live.baseUrl + links[0]);
    assert.match(await later.locator('h1').innerText(), /redan skickat in/);
    await check(later, 'already submitted');
    assert.equal(await live.ctx.db.selectFrom('ballots').select('id').execute().then((r) => r.length), 1);
    await later.context().close();
  });

  it('axe: invalid link, no session, not yet open, closed', async () => {
    const page = await newPage(browser);
    const visit = async (path: string, heading: RegExp, label: string) => {
      await page.goto(live.baseUrl + path);
      assert.match(await page.locator('h1').innerText(), heading, label);
      await check(page, label);
    };
    await visit(`/svar/${'x'.repeat(43)}`, /Länken fungerar inte/, 'invalid link');
    await visit('/svar/sida/start', /Öppna länken/, 'no session');
    const now = live.ctx.clock.now();
    try {
      live.ctx.clock.set(new Date(now.getTime() - 3600_000));
      await visit(links[1]!, /inte öppnat än/, 'not yet open');
      live.ctx.clock.set(wave.closesAt);
      await visit(links[1]!, /stängd/, 'closed');
    } finally {
      live.ctx.clock.set(now);
    }
    await page.context().close();
  });
});
