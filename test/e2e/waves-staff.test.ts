import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { openDueWaves } from '../../server/services/waves/open-waves';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, logIn } from '../support/browser';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';
import { addMembers, NORRLAND, publishSurvey, scheduleTestWave, SVEALAND } from '../waves/support';

describe('browser: waves, staff pages and the unsubscribe page', function () {
  let browser: Browser;
  let live: LiveApp;
  let ids: { planned: number; open: number };
  let unsubscribe: string;
  before(async function () {
    ({ browser, live } = await openBrowserApp(this));
    const { ctx } = live;
    await ctx.as('editor');
    await addMembers(ctx, [...SVEALAND, ...NORRLAND]);
    const versionId = await publishSurvey(ctx);
    const open = await scheduleTestWave(ctx, versionId, { dimensions: [] });
    ctx.clock.advanceMinutes(2);
    await openDueWaves(ctx.deps);
    const planned = await scheduleTestWave(ctx, versionId, { dimensions: [], title: 'Planerat utskick' });
    ids = { planned, open };
    const mail = await ctx.db.selectFrom('outbox').select('text').executeTakeFirstOrThrow();
    unsubscribe = /http:\/\/panel\.test(\/avregistrera\/\S+)/.exec(mail.text)![1]!;
  });
  after(() => closeBrowserApp(browser, live));

  it('has no axe violations on the list, the form (also with errors), the wave pages and the unsubscribe pages', async () => {
    const page = await newPage(browser);
    await logIn(page, live.baseUrl, 'editor');
    for (const path of ['/utskick', '/utskick/nytt', `/utskick/${ids.planned}`, `/utskick/${ids.planned}/andra`, `/utskick/${ids.open}`]) {
      await page.goto(live.baseUrl + path);
      await expectNoAxeViolations(page, path);
    }
    await page.goto(`${live.baseUrl}/utskick/nytt`);
    await page.locator('#f-k').fill('2');
    await page.locator('#f-landsdel-2').check();
    await page.locator('form[action="/utskick"] button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    assert.ok((await page.locator('.error-summary a').count()) >= 3);
    await expectNoAxeViolations(page, 'new wave with errors');

    await page.goto(`${live.baseUrl}/utskick/${ids.open}`);
    await page.locator('#f-closes_date').fill('2026-11-01');
    await page.locator('form[action$="/forlang"] button').click();
    await page.waitForSelector('.error-summary');
    await expectNoAxeViolations(page, 'extend with an error');

    const anonymous = await newPage(browser);
    await anonymous.goto(live.baseUrl + unsubscribe);
    await expectNoAxeViolations(anonymous, 'unsubscribe');
    await anonymous.locator('button[type=submit]').click();
    await anonymous.waitForURL(`${live.baseUrl}/avregistrerad`);
    await expectNoAxeViolations(anonymous, 'unsubscribed');
    await anonymous.goto(`${live.baseUrl}/avregistrera/1.x`);
    await expectNoAxeViolations(anonymous, 'unsubscribe, bad link');
  });
});
