import assert from 'node:assert/strict';
import supertest from 'supertest';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';

function upload(ctx: TestContext, client: StaffClient, fields: Record<string, string>, csv: string | null) {
  let req = supertest(ctx.app).post(`/resultat/register/import?_csrf=${client.csrf}`).set('Cookie', client.cookie);
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  return csv === null ? req : req.attach('fil', Buffer.from(csv, 'utf8'), 'kolada.csv');
}

const FIELDS = { name: 'Andel 80+ med hemtjänst', unit: 'percent', source: 'Kolada' };

describe('results: register data import and views', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('refuses the whole file with row errors, keeping the values typed', async () => {
    const client = await ctx.as('analyst');
    const csv = 'kommunkod;år;värde\n0114;2023;21,5\n9999;2023;20\n0180;20x3;19\n0181;2024;abc\n0114;2023;22\n';
    const res = await upload(ctx, client, FIELDS, csv).expect(422);
    assert.match(res.text, /4 rader har fel, så ingenting har importerats/);
    assert.match(res.text, /<th scope="row">3<\/th>/);
    assert.match(res.text, /Året ”20x3” är inte ett årtal/);
    assert.match(res.text, /Värdet ”abc” är inte ett tal/);
    assert.match(res.text, /Samma kommun och år finns redan på rad 2/);
    assert.match(res.text, /value="Andel 80\+ med hemtjänst"/);
    assert.equal((await ctx.db.selectFrom('register_values').selectAll().execute()).length, 0);
  });

  it('asks for the missing fields and file with 422 and an error summary', async () => {
    const r = await upload(ctx, await ctx.as('analyst'), { name: '', unit: 'x', source: '' }, null).expect(422);
    assert.match(r.text, /href="#f-name"/);
    assert.match(r.text, /Välj en fil att ladda upp/);
  });

  it('imports by code or name, shows panel and all municipalities over years and by group, and adds later years', async () => {
    const client = await ctx.as('analyst');
    const panel = await ctx.db.selectFrom('municipalities').select('kommunkod').where('landsdel', '=', 'Norrland').limit(3).execute();
    await ctx.db.insertInto('panel_members').values(panel.map((m) => ({ kommunkod: m.kommunkod, status: 'active' as const, joined_on: '2024-03-01', left_on: null, status_reason: null, created_at: '2024-03-01T00:00:00.000Z' }))).execute();
    const res = await upload(ctx, client, FIELDS, `kommunkod,kommun,år,värde\n,Upplands Väsby,2023,20\n${panel.map((m) => `${m.kommunkod},,2023,30`).join('\n')}\n`);
    assert.equal(res.status, 303, res.text.slice(0, 3000));
    const id = Number(/\/resultat\/register\/(\d+)$/.exec(res.headers.location)![1]);
    await upload(ctx, client, FIELDS, 'kommunkod;år;värde\n0114;2024;22\n').expect(303);
    const page = await client.get(`/resultat/register/${id}`).expect(200);
    // 2023: panel (3 Norrland municipalities) 30; all four 27,5.
    assert.match(page.text, /<th scope="row">2023<\/th><td class="num">30<\/td><td class="num">27,5<\/td><td class="num">4<\/td>/);
    assert.match(page.text, /<th scope="row">2024<\/th><td class="num"><\/td><td class="num">22<\/td>/);
    const groups = await client.get(`/resultat/register/${id}?uppdelning=landsdel&ar=2023`).expect(200);
    assert.match(groups.text, /<th scope="row">Norrland<\/th><td class="num">30<\/td><td class="num">30<\/td><td class="num">3<\/td>/);
    assert.equal((await ctx.db.selectFrom('register_indicators').selectAll().execute()).length, 1);
  });

  it('editors read register data, only analysts and administrators import it; viewers see none', async () => {
    await (await ctx.as('viewer')).get('/resultat/register').expect(403);
    const editor = await ctx.as('editor');
    assert.doesNotMatch((await editor.get('/resultat/register').expect(200)).text, /Importera registerdata/);
    await editor.get('/resultat/register/import').expect(403);
    assert.equal((await editor.post('/resultat/register/import', { name: 'X', unit: 'percent' })).status, 403);
    await (await ctx.as('admin')).get('/resultat/register/import').expect(200);
  });
});
