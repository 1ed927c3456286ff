import assert from 'node:assert/strict';
import { runKoladaImports } from '../../server/services/kolada/run-imports';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { startKoladaServer, type KoladaServer, type KoladaServerPlan } from '../support/kolada-server';
import { FLAGGED, KPI, NULLS, OUT_OF_RANGE, fixtureValue, koladaPlan } from './kolada-fixture';

const FAST = { timeoutMs: 300, backoffMs: 5 };

async function importOnce(ctx: TestContext, client: StaffClient, form = { kpi: KPI, years: '2022–2024', gender: 'T' }) {
  const started = await client.post('/resultat/register/kolada', form).expect(303);
  const path = started.headers.location as string;
  assert.match(path, /^\/resultat\/register\/kolada\/\d+$/);
  assert.match((await client.get(path).expect(200)).text, /Väntar på att hämtas/);
  await runKoladaImports(ctx.deps, FAST);
  return { path, id: Number(path.split('/').pop()), page: (await client.get(path).expect(200)).text };
}

async function save(client: StaffClient, path: string): Promise<string> {
  await client.post(`${path}/spara`).expect(303);
  return (await client.get(path).expect(200)).text;
}

describe('results: Kolada import over a loopback Kolada server', () => {
  let ctx: TestContext;
  let server: KoladaServer;
  let plan: KoladaServerPlan;
  beforeEach(async () => {
    plan = koladaPlan();
    server = await startKoladaServer(plan);
    ctx = await createTestContext({ env: { KOLADA_URL: server.url } });
  });
  afterEach(async () => { await ctx.close(); await server.close(); });

  it('stores every value of a three-page answer, reports nulls and the retried 500, and a second import changes nothing', async () => {
    const client = await ctx.as('analyst');
    const first = await importOnce(ctx, client);
    assert.equal(server.requests.filter((r) => r.startsWith(`/v2/data/kpi/${KPI}`)).length, 5, 'three pages, page 1 and 2 asked twice');
    assert.match(first.page, /Kommuner med värde<\/dt><dd>290 av 290/);
    assert.match(first.page, /Tomma värden \(null\)<\/dt><dd>2</);
    assert.match(first.page, /Statusflaggor<\/dt><dd>B: 1/);
    assert.match(first.page, /Kön i svaret<\/dt><dd>Kvinnor: 870, Män: 870, Totalt: 870\. Bara totalt sparas\./);
    assert.match(first.page, /Utanför väntat intervall<\/dt><dd>1</);
    assert.match(first.page, /Andra koder \(riket, regioner\)<\/dt><dd>3 /);
    assert.match(first.page, /Försök 1 misslyckades: Kolada svarade med ett serverfel \(500\)\. Försök igen om en stund\. Nytt försök gjordes\./);
    assert.match(first.page, /Försök 1 misslyckades: Kolada svarade inte i tid\./);
    assert.equal((await ctx.db.selectFrom('register_values').selectAll().execute()).length, 0, 'nothing is saved by the dry run');

    assert.match(await save(client, first.path), /868 värden ändrades\./);
    const stored = await ctx.db.selectFrom('register_values').selectAll().execute();
    assert.equal(stored.length, 290 * 3 - NULLS.length);
    const at = (code: string, year: number) => stored.find((v) => v.kommunkod === code && Number(v.year) === year)?.value;
    assert.equal(at('0180', 2023), fixtureValue('0180', 2023));
    assert.equal(at(FLAGGED[0], FLAGGED[1]), fixtureValue(FLAGGED[0], FLAGGED[1]));
    assert.equal(at(OUT_OF_RANGE[0], OUT_OF_RANGE[1]), OUT_OF_RANGE[2]);
    assert.equal(at('0114', 2023), undefined);
    const indicator = await ctx.db.selectFrom('register_indicators as i').innerJoin('kolada_indicators as k', 'k.indicator_id', 'i.id').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([indicator.key, indicator.source, indicator.unit, indicator.kpi_id, indicator.title], ['kolada-n00945', 'Kolada (RKA)', 'percent', KPI, 'Hemtjänst, andel (%) av invånare 80+']);
    assert.ok(indicator.fetched_at);

    const second = await importOnce(ctx, client);
    assert.match(await save(client, second.path), /Inga värden ändrades\./);
    assert.deepEqual(await ctx.db.selectFrom('register_values').selectAll().orderBy('kommunkod').orderBy('year').execute(), stored.sort((a, b) => a.kommunkod.localeCompare(b.kommunkod) || a.year - b.year));
    assert.equal((await ctx.db.selectFrom('register_value_changes').selectAll().where('import_id', '=', second.id).execute()).length, 0);
    assert.equal((await ctx.db.selectFrom('register_indicators').selectAll().execute()).length, 1);
  });

  it('updates a changed value in place and records the change', async () => {
    const client = await ctx.as('analyst');
    await save(client, (await importOnce(ctx, client)).path);
    const point = plan.data[KPI]!.find((p) => p.municipality === '0180' && p.period === 2023)!;
    point.values.find((v) => v.gender === 'T')!.value = 55.5;
    const again = await importOnce(ctx, client);
    const page = await save(client, again.path);
    assert.match(page, /1 värden ändrades\./);
    assert.match(page, /<th scope="row">Stockholm<\/th><td>2023<\/td><td class="num">[\d,]+<\/td><td class="num">55,5<\/td>/);
    const changes = await ctx.db.selectFrom('register_value_changes').selectAll().where('import_id', '=', again.id).execute();
    assert.deepEqual(changes.map((c) => [c.kommunkod, Number(c.year), c.old_value, c.new_value]), [['0180', 2023, fixtureValue('0180', 2023), 55.5]]);
    const value = await ctx.db.selectFrom('register_values').select('value').where('kommunkod', '=', '0180').where('year', '=', 2023).executeTakeFirstOrThrow();
    assert.equal(value.value, 55.5);
  });

  it('keeps women or men when asked, as their own indicator', async () => {
    const client = await ctx.as('analyst');
    await save(client, (await importOnce(ctx, client, { kpi: KPI, years: '2024', gender: 'K' })).path);
    const rows = await ctx.db.selectFrom('register_values as v').innerJoin('register_indicators as i', 'i.id', 'v.indicator_id').select(['i.key', 'i.name', 'v.value']).where('v.kommunkod', '=', '0181').execute();
    assert.deepEqual(rows, [{ key: 'kolada-n00945-k', name: 'Hemtjänst, andel (%) av invånare 80+ (kvinnor)', value: fixtureValue('0181', 2024) + 1 }]);
  });

  it('searches by title, and refuses bad input, unknown ids and a 400 from Kolada in Swedish', async () => {
    const client = await ctx.as('analyst');
    const search = await client.get('/resultat/register/kolada?sok=hemtj%C3%A4nst').expect(200);
    assert.match(search.text, /href="\/resultat\/register\/kolada\?kpi=N00945">N00945<\/a> Hemtjänst, andel \(%\) av invånare 80\+ \(uppdelat på kön\)/);
    const bad = await client.post('/resultat/register/kolada', { kpi: 'x', years: '2024-2019', gender: 'T' }).expect(422);
    assert.match(bad.text, /href="#f-kpi"/);
    assert.match(bad.text, /Ange år som 2019–2024/);
    const unknown = await client.post('/resultat/register/kolada', { kpi: 'N12345', years: '2024', gender: 'T' }).expect(422);
    assert.match(unknown.text, /Kolada har inget nyckeltal med id N12345/);
    const notSplit = await client.post('/resultat/register/kolada', { kpi: 'N00400', years: '2024', gender: 'M' }).expect(422);
    assert.match(notSplit.text, /inte uppdelat på kön/);
    const failed = await importOnce(ctx, client, { kpi: 'N00400', years: '2024', gender: 'T' });
    assert.match(failed.page, /Misslyckades/);
    assert.match(failed.page, /Kolada förstod inte frågan \(400\)/);
    assert.doesNotMatch(failed.page, /Spara värdena/);
  });

  it('picks up an import that a crashed run left running', async () => {
    const client = await ctx.as('analyst');
    const started = await client.post('/resultat/register/kolada', { kpi: KPI, years: '2024', gender: 'T' }).expect(303);
    const id = Number((started.headers.location as string).split('/').pop());
    await ctx.db.updateTable('kolada_imports').set({ status: 'running' }).where('id', '=', id).execute();
    assert.deepEqual(await runKoladaImports(ctx.deps, FAST), { done: 1, failed: 0 });
    assert.match((await client.get(started.headers.location as string).expect(200)).text, /Provkörning klar – inte sparad/);
  });

  it('is for analysts and administrators, and a saved import cannot be saved twice', async () => {
    await (await ctx.as('editor')).get('/resultat/register/kolada').expect(403);
    const client = await ctx.as('admin');
    const imp = await importOnce(ctx, client);
    await save(client, imp.path);
    await client.post(`${imp.path}/spara`).expect(303);
    assert.equal((await ctx.db.selectFrom('register_value_changes').selectAll().execute()).length, 290 * 3 - NULLS.length);
  });
});
