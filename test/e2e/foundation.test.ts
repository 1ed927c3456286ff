import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe';
import { expectVisibleFocus, focusedInfo, newPage, tabTo } from '../support/browser';
import { TEST_PASSWORD } from '../support/context';
import { enqueueMail } from '../../server/mail/outbox';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';

describe('browser: start page, login and layout', function () {
  let browser: Browser;
  let live: LiveApp;
  before(async function () {
    ({ browser, live } = await openBrowserApp(this));
    await live.ctx.as('admin');
  });
  after(() => closeBrowserApp(browser, live));

  for (const path of ['/', '/logga-in', '/tillganglighet', '/finns-inte']) {
    it(`has no axe violations on ${path}`, async () => {
      const page = await newPage(browser);
      await page.goto(live.baseUrl + path);
      await expectNoAxeViolations(page, path);
    });
  }

  it('logs in by keyboard alone, with a skip link first and visible focus', async () => {
    const page = await newPage(browser);
    await page.goto(`${live.baseUrl}/logga-in`);
    await page.keyboard.press('Tab');
    assert.equal((await focusedInfo(page))?.text, 'Gå direkt till innehållet');
    await expectVisibleFocus(page);
    assert.ok(await tabTo(page, (f) => f.id === 'f-email'));
    await expectVisibleFocus(page);
    await page.keyboard.type('admin@test.example');
    await page.keyboard.press('Tab');
    assert.equal((await focusedInfo(page))?.id, 'f-password');
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${live.baseUrl}/oversikt`);
    assert.match(await page.locator('h1').innerText(), /Översikt/);
    await expectNoAxeViolations(page, '/oversikt');
    const mail = { key: 'axe:1', category: 'test', to: 'kontakt@kommun.example', toName: 'Kontakt', subject: 'Inbjudan', html: '<p>Hej!</p>', text: 'Hej!' };
    await enqueueMail(live.ctx.db, mail, live.ctx.clock.now());
    const mailId = (await live.ctx.db.selectFrom('outbox').select('id').executeTakeFirstOrThrow()).id;
    const userId = (await live.ctx.db.selectFrom('staff_users').select('id').where('email', '=', 'admin@test.example').executeTakeFirstOrThrow()).id;
    for (const p of ['/admin', '/admin/anvandare', '/admin/anvandare/ny', `/admin/anvandare/${userId}`, '/admin/jobb', '/admin/e-post', `/admin/e-post/${mailId}`]) {
      const res = await page.goto(live.baseUrl + p);
      assert.equal(res?.status(), 200, p);
      await expectNoAxeViolations(page, p);
    }
  });

  it('moves focus to the error summary after a failed login', async () => {
    const page = await newPage(browser);
    await page.goto(`${live.baseUrl}/logga-in`);
    await page.locator('#f-email').fill('admin@test.example');
    await page.locator('#f-password').fill('fel-lösenord');
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    await expectNoAxeViolations(page, 'login with errors');
    await page.locator('.error-summary a').first().click();
    assert.equal((await focusedInfo(page))?.id, 'f-email');
  });
});
