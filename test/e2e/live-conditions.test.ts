import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe';
import { focusedInfo, logIn, newPage, tabTo } from '../support/browser';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';
import { addQuestionVia, createSurveyVia, revisionOf } from '../surveys/support';

// Issue 16 §4: a question whose condition depends on an answer on the same page hides and shows live;
// without JavaScript it is shown with its condition in words. The long text counts its characters.
describe('browser: live same-page conditions', function () {
  let browser: Browser;
  let live: LiveApp;
  let preview: string;
  before(async function () {
    ({ browser, live } = await openBrowserApp(this));
    const editor = await live.ctx.as('editor');
    const created = await createSurveyVia(editor, { title: 'Villkorad' });
    await addQuestionVia(live.ctx, editor, created.path, created.versionId, 'sida_1', 'yes_no', { key: 'brist', text: 'Finns det brist?' });
    await addQuestionVia(live.ctx, editor, created.path, created.versionId, 'sida_1', 'long_text', { key: 'beskriv', text: 'Beskriv bristen', maxLength: '300' });
    const saved = await editor.post(`${created.path}/fragor/beskriv/villkor`, {
      revision: String(await revisionOf(live.ctx, created.versionId)), mode: 'all', 'rules.0.question': 'brist', 'rules.0.op': 'in', 'rules.0.values': 'ja', _action: 'spara',
    });
    assert.equal(saved.status, 303);
    preview = `${live.baseUrl}${created.path}/forhandsgranska`;
  });
  after(() => closeBrowserApp(browser, live));

  it('shows the dependent question when "Ja" is chosen by keyboard, and hides it again on "Nej"', async () => {
    const page = await newPage(browser);
    await logIn(page, live.baseUrl, 'editor', { keyboard: true });
    await page.goto(preview);
    const dependent = page.locator('[data-show-if]');
    assert.equal(await dependent.isVisible(), false, 'hidden until its condition holds');
    assert.ok(await tabTo(page, (f) => f.name === 'q_brist'), 'could not tab to the first question');
    await page.keyboard.press('Space');
    assert.equal((await focusedInfo(page))?.accessibleName, 'Ja');
    await dependent.waitFor({ state: 'visible' });
    await expectNoAxeViolations(page, 'preview with the condition met');
    assert.ok(await tabTo(page, (f) => f.id === 'q_beskriv'), 'the shown question is reachable by Tab');
    await page.keyboard.type('Vi saknar undersköterskor');
    await page.waitForFunction(() => /Du har 275 tecken kvar av 300/.test(document.querySelector('[data-count-for]')?.textContent ?? ''));
    assert.equal(await page.locator('#q_beskriv').getAttribute('maxlength'), '300');
    await page.keyboard.press('Shift+Tab');
    while ((await focusedInfo(page))?.name !== 'q_brist') await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    assert.equal((await focusedInfo(page))?.accessibleName, 'Nej');
    await dependent.waitFor({ state: 'hidden' });
  });

  it('without JavaScript shows the question with its condition in words', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, live.baseUrl, 'editor');
    await page.goto(preview);
    assert.equal(await page.locator('#q_beskriv').isVisible(), true);
    assert.match(await page.locator('.question__condition').innerText(), /Ja/);
    await context.close();
  });
});
