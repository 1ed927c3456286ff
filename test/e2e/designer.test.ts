import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe';
import { focusedInfo, newPage, tabTo, logIn } from '../support/browser';
import { closeBrowserApp, openBrowserApp, type LiveApp } from '../support/live-app';

/** Tabs to the link or button whose accessible name starts with `name`, then presses Enter. */
async function activate(page: Page, name: string, wait: () => Promise<unknown>): Promise<void> {
  assert.ok(await tabTo(page, (f) => f.accessibleName.startsWith(name), 200), `could not tab to "${name}"`);
  await Promise.all([wait(), page.keyboard.press('Enter')]);
}

async function chooseType(page: Page, steps: number): Promise<void> {
  assert.ok(await tabTo(page, (f) => f.name === 'typ'));
  for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
  await activate(page, 'Fortsätt', () => page.waitForURL(/typ=/));
}

describe('browser: questionnaire designer', function () {
  let browser: Browser;
  let live: LiveApp;
  before(async function () {
    ({ browser, live } = await openBrowserApp(this));
    await live.ctx.as('editor');
  });
  after(() => closeBrowserApp(browser, live));

  it('creates a survey with a condition and previews it by keyboard alone, with no axe violations on the way', async () => {
    const page = await newPage(browser);
    const url = live.baseUrl;
    await logIn(page, url, 'editor', { keyboard: true });
    await page.goto(`${url}/enkater`);
    await expectNoAxeViolations(page, 'survey list');
    await activate(page, 'Ny enkät', () => page.waitForURL(`${url}/enkater/ny`));
    await expectNoAxeViolations(page, 'new survey');
    assert.ok(await tabTo(page, (f) => f.id === 'f-kalla'));
    await page.keyboard.press('Space');
    assert.ok(await tabTo(page, (f) => f.id === 'f-title'));
    await page.keyboard.type('Bemanning på kort sikt');
    await Promise.all([page.waitForURL(/\/versioner\/\d+$/), page.keyboard.press('Enter')]);
    const designer = page.url();
    await expectNoAxeViolations(page, 'designer, empty draft');

    await activate(page, 'Lägg till fråga', () => page.waitForURL(/fragor\/ny$/));
    await expectNoAxeViolations(page, 'question type');
    await chooseType(page, 2); // single choice → multiple choice → yes/no
    await expectNoAxeViolations(page, 'question form');
    assert.ok(await tabTo(page, (f) => f.id === 'f-key'));
    await page.keyboard.type('brist');
    assert.ok(await tabTo(page, (f) => f.id === 'f-text'));
    await page.keyboard.type('Finns det brist på personal?');
    await activate(page, 'Spara frågan', () => page.waitForURL(/#fraga-brist$/));

    await activate(page, 'Lägg till fråga', () => page.waitForURL(/fragor\/ny$/));
    await chooseType(page, 7); // … → long text
    assert.ok(await tabTo(page, (f) => f.id === 'f-key'));
    await page.keyboard.type('beskriv');
    assert.ok(await tabTo(page, (f) => f.id === 'f-text'));
    await page.keyboard.type('Beskriv bristen');
    await activate(page, 'Spara frågan', () => page.waitForURL(/#fraga-beskriv$/));
    await expectNoAxeViolations(page, 'designer with questions');

    await activate(page, 'Villkor för frågan Beskriv', () => page.waitForURL(/fragor\/beskriv\/villkor$/));
    await expectNoAxeViolations(page, 'condition form');
    assert.ok(await tabTo(page, (f) => f.id === 'f-rules-0-question'));
    await page.keyboard.press('ArrowDown');
    await activate(page, 'Visa svarsalternativ', () => page.waitForSelector('#f-rules-0-values'));
    await expectNoAxeViolations(page, 'condition form with options');
    assert.ok(await tabTo(page, (f) => f.id === 'f-rules-0-values'));
    assert.equal((await focusedInfo(page))?.accessibleName, 'Ja');
    await page.keyboard.press('Space');
    await activate(page, 'Spara villkoret', () => page.waitForURL(/#fraga-beskriv$/));
    assert.match(await page.locator('#fraga-beskriv').innerText(), /Visas bara om du har svarat ”Ja” på ”Finns det brist på personal\?”/);

    await page.goto(designer);
    await activate(page, 'Förhandsgranska', () => page.waitForURL(/forhandsgranska$/));
    await expectNoAxeViolations(page, 'preview');
    await activate(page, 'Fortsätt till granskning', () => page.waitForSelector('.error-summary'));
    await expectNoAxeViolations(page, 'preview with a validation error');
    assert.ok(await tabTo(page, (f) => f.name === 'q_brist'));
    await page.keyboard.press('ArrowDown'); // Ja → Nej
    await activate(page, 'Fortsätt till granskning', () => page.waitForSelector('h1:text("Granska dina svar")'));
    await expectNoAxeViolations(page, 'preview review');
    const review = await page.locator('main').innerText();
    assert.match(review, /Finns det brist på personal\?\s+Nej/);
    assert.doesNotMatch(review, /Beskriv bristen/, 'the hidden question is dropped');
  });

  it('has no axe violations on a template-based draft, its matrix form, a published version and the import page with errors', async () => {
    const page = await newPage(browser);
    const url = live.baseUrl;
    await logIn(page, url, 'editor', { keyboard: true });
    await page.goto(`${url}/enkater/ny?mall=bemanning_infor_sommaren`);
    await page.locator('main button[type=submit]').click();
    await page.waitForURL(/\/versioner\/\d+$/);
    const designer = page.url();
    for (const path of ['', '/fragor/brist_per_grupp', '/fragor/vidtagna_atgarder', '/sidor/paverkan/villkor', '/installningar', '/sidor/ny', '/ta-bort']) {
      await page.goto(designer + path);
      await expectNoAxeViolations(page, `template draft ${path}`);
    }
    await page.goto(`${designer}/fragor/vikarier_behov`);
    await page.locator('#f-max').fill('många');
    await page.locator('main button[value=spara]').click();
    await page.waitForSelector('.error-summary');
    await expectNoAxeViolations(page, 'question form with errors');
    await page.goto(designer);
    let question = '';
    page.once('dialog', (d) => { question = d.message(); void d.accept(); });
    await page.getByRole('button', { name: /^Publicera/ }).click();
    await page.waitForSelector('.notice--success');
    assert.match(question, /Det går inte att ångra/);
    await expectNoAxeViolations(page, 'published version');
    await page.goto(`${url}/enkater/importera`);
    await page.locator('#f-fil').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"title": "X", "pages": []}') });
    await page.locator('main button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    await expectNoAxeViolations(page, 'import with errors');
    const seriesId = (await live.ctx.db.selectFrom('surveys').select('id').executeTakeFirstOrThrow()).id;
    await page.goto(`${url}/enkater/${seriesId}`);
    await expectNoAxeViolations(page, 'survey versions');
    const series = await live.ctx.db.insertInto('survey_series').values({ key: 'bemanning', title: 'Bemanning', description: 'Varje vår', created_at: live.ctx.clock.now().toISOString() })
      .returning('id').executeTakeFirstOrThrow();
    await live.ctx.db.updateTable('surveys').set({ series_id: series.id }).where('id', '=', seriesId).execute();
    const res = await page.goto(`${url}/enkater/serier/${series.id}`);
    assert.equal(res?.status(), 200);
    await expectNoAxeViolations(page, 'survey series');
  });
});
