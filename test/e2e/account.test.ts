import type { Browser } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe';
import { logIn, newPage } from '../support/browser';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';

describe('browser: own password and the reset link pages', function () {
  let browser: Browser;
  let live: LiveApp;
  before(async function () {
    ({ browser, live } = await openBrowserApp(this));
    await live.ctx.as('admin');
  });
  after(() => closeBrowserApp(browser, live));

  it('has no axe violations on the password pages, with and without errors', async () => {
    const page = await newPage(browser);
    await logIn(page, live.baseUrl, 'admin');
    await page.goto(`${live.baseUrl}/konto/losenord`);
    await expectNoAxeViolations(page, '/konto/losenord');
    await page.locator('#f-current').fill('fel');
    await page.locator('#f-password').fill('kort');
    await page.locator('main button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    await expectNoAxeViolations(page, '/konto/losenord with errors');
    const editor = await live.ctx.as('editor');
    await page.goto(`${live.baseUrl}/admin/anvandare/${editor.userId}`);
    await expectNoAxeViolations(page, '/admin/anvandare/:id');
    await page.goto(`${live.baseUrl}/aterstall-losenord/ogiltig-lank`);
    await expectNoAxeViolations(page, 'reset link not valid');
  });
});
