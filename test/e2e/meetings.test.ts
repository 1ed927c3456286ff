import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe';
import { expectVisibleFocus, newPage, tabTo, logIn } from '../support/browser';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';
import { cancelTokenIn, createMeetingAs, register, registrationForm } from '../meetings/support';

/** Tab to an element, check that focus shows, then type or press. */
async function tabAndType(page: Page, selector: string, text: string): Promise<void> {
  assert.ok(await tabTo(page, selector), `Tab never reached ${selector}`);
  await expectVisibleFocus(page);
  await page.keyboard.type(text);
}

describe('browser: meetings', function () {
  let browser: Browser;
  let live: LiveApp;
  let open: number;
  let full: number;
  let past: number;
  before(async function () {
    ({ browser, live } = await openBrowserApp(this));
    const editor = await live.ctx.as('editor');
    await live.ctx.as('admin');
    open = await createMeetingAs(editor, { capacity: '50' });
    full = await createMeetingAs(editor, { title: 'Fullt möte', capacity: '1' });
    past = await createMeetingAs(editor, { title: 'Genomfört möte', date: '2026-11-24', deadline_date: '2026-11-23', deadline_time: '20:00', kind: 'aterkoppling' });
    await register(live.ctx, full, registrationForm(90));
    await register(live.ctx, past, registrationForm(91));
  });
  after(() => closeBrowserApp(browser, live));

  it('has no axe violations on the public pages, with errors, full, closed, thanks and cancel pages', async () => {
    const page = await newPage(browser);
    const base = live.baseUrl;
    const paths = ['/moten-och-erfarenhetsutbyten', `/moten-och-erfarenhetsutbyten/${open}`, `/moten-och-erfarenhetsutbyten/${full}`,
      ...['registered', 'waitlisted', 'existing-registered'].map((s) => `/moten-och-erfarenhetsutbyten/${open}/tack?status=${s}`),
      '/avboka', '/avbokad'];
    for (const path of paths) {
      await page.goto(base + path);
      await expectNoAxeViolations(page, path);
    }
    await page.goto(`${base}/moten-och-erfarenhetsutbyten/${open}`);
    await page.locator('#f-email').fill('inte en adress');
    await page.locator('main button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, 'focus moves to the summary');
    await expectNoAxeViolations(page, 'registration with errors');
    await register(live.ctx, open, registrationForm(92));
    const token = cancelTokenIn(await live.ctx.db.selectFrom('outbox').select('text').where('to_address', '=', 'deltagare92@kommun.example').executeTakeFirstOrThrow());
    await page.goto(`${base}/avboka/${token}`);
    await page.waitForURL(`${base}/avboka`);
    await expectNoAxeViolations(page, 'cancel confirmation');
    live.ctx.clock.set('2026-11-24T12:00:00Z');
    await page.goto(`${base}/moten-och-erfarenhetsutbyten/${past}`);
    await expectNoAxeViolations(page, 'registration closed');
    live.ctx.clock.set('2026-11-23T09:00:00Z');
  });

  it('has no axe violations on the staff meeting pages', async () => {
    const page = await newPage(browser);
    const base = live.baseUrl;
    live.ctx.clock.set('2026-11-24T12:00:00Z');
    try {
      await logIn(page, base, 'admin');
      for (const path of ['/moten', '/moten/statistik', '/moten/ny', `/moten/${open}`, `/moten/${full}`, `/moten/${past}`, `/moten/${open}/andra`, `/moten/${past}/uppfoljning`]) {
        await page.goto(base + path);
        await expectNoAxeViolations(page, path);
      }
      await page.goto(`${base}/moten/ny`);
      await page.locator('main button[type=submit]').click();
      await page.waitForSelector('.error-summary');
      await expectNoAxeViolations(page, 'meeting form with errors');
    } finally {
      live.ctx.clock.set('2026-11-23T09:00:00Z');
    }
  });

  it('registers and cancels with the keyboard only', async () => {
    const page = await newPage(browser);
    await page.goto(`${live.baseUrl}/moten-och-erfarenhetsutbyten/${open}`);
    await tabAndType(page, '#f-name', 'Åsa Öberg');
    await tabAndType(page, '#f-email', 'asa.oberg@kommun.example');
    // Type-ahead in the list (ASCII keys: Playwright inserts "ö" as text, which a select ignores).
    await tabAndType(page, '#f-kommunkod', 'Malm');
    assert.equal(await page.locator('#f-kommunkod').inputValue(), '1280');
    await tabAndType(page, '#f-role', 'Enhetschef');
    await tabAndType(page, '#f-needs', 'Textning');
    assert.ok(await tabTo(page, 'input[name=consent]'));
    await expectVisibleFocus(page);
    await page.keyboard.press('Space');
    assert.ok(await tabTo(page, 'main button[type=submit]'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tack\?status=registered$/);
    assert.match(await page.locator('h1').innerText(), /Du är anmäld/);

    const row = await live.ctx.db.selectFrom('meeting_registrations').selectAll().where('email', '=', 'asa.oberg@kommun.example').executeTakeFirstOrThrow();
    assert.deepEqual([row.status, row.kommunkod, row.needs], ['registered', '1280', 'Textning']);
    const mail = await live.ctx.db.selectFrom('outbox').select('text').where('to_address', '=', 'asa.oberg@kommun.example').executeTakeFirstOrThrow();
    await page.goto(`${live.baseUrl}/avboka/${cancelTokenIn(mail)}`);
    await page.waitForURL(`${live.baseUrl}/avboka`);
    assert.ok(await tabTo(page, 'main button[type=submit]'));
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${live.baseUrl}/avbokad`);
    assert.match(await page.locator('h1').innerText(), /Anmälan är avbokad/);
    const after = await live.ctx.db.selectFrom('meeting_registrations').select('status').where('id', '=', row.id).executeTakeFirstOrThrow();
    assert.equal(after.status, 'cancelled');
  });

  it('registers with JavaScript switched off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${live.baseUrl}/moten-och-erfarenhetsutbyten/${full}`);
    await page.locator('#f-name').fill('Utan Skript');
    await page.locator('#f-email').fill('utan.skript@kommun.example');
    await page.locator('#f-organisation').fill('Region Gävleborg');
    await page.locator('#f-role').fill('Utvecklingsledare');
    await page.locator('input[name=consent]').check();
    await page.locator('main button[type=submit]').click();
    await page.waitForURL(/\/tack\?status=waitlisted$/);
    await context.close();
  });
});
