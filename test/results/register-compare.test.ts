import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { parseCsv } from '../export/parse-csv';
import { insertCompareFixture } from './register-compare-fixture';

const row = (cells: string[]) => new RegExp(`<tr><th scope="row">${cells[0]}</th>${cells.slice(1).map((c) => `<td class="num">${c}</td>`).join('')}</tr>`);

describe('results: an indicator for a kommun beside its län, RSS region, riket and a kommungrupp', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('shows hand-computed unweighted and population-weighted values per year, labelled, with the source', async () => {
    const id = await insertCompareFixture(ctx);
    const client = await ctx.as('analyst');
    const page = await client.get(`/resultat/register/${id}/jamfor?kommun=1401`).expect(200);
    assert.match(page.text, /<th scope="col" class="num">Västra Götalands län, ovägt medel<\/th><th scope="col" class="num">Västra Götalands län, befolkningsviktat<\/th><th scope="col" class="num">RSS Göteborgsregionen, ovägt medel<\/th>/);
    // 2023 — län 14: (40+50+60)/3 = 50; weighted by population 43,5. Göteborgsregionen: 45; 40,6. Riket: 35; 24,5. A2 (0114, 0115, 1401): 33,3; 32,4.
    assert.match(page.text, row(['2023', '50', '50', '43,5', '45', '40,6', '35', '24,5', '33,3', '32,4']));
    // 2024 — Härryda has no value; only Göteborg in län and region; riket (22+12+44)/3 = 26, weighted 24,1; A2 only Upplands Väsby 22.
    assert.match(page.text, row(['2024', '', '44', '44', '44', '44', '26', '24,1', '22', '22']));
    assert.match(page.text, /Källa: Kolada \(RKA\)\./);
    assert.match(page.text, /Befolkningsviktat: kommunernas värden vägda med folkmängden/);
    assert.match(page.text, /data-chart="register-jamfor"/);
  });

  it('compares with another kommungrupp and leaves out the RSS columns where the region is the län', async () => {
    const id = await insertCompareFixture(ctx);
    const page = await (await ctx.as('analyst')).get(`/resultat/register/${id}/jamfor?kommun=0114&grupp=A1`).expect(200);
    assert.doesNotMatch(page.text, /RSS /);
    // 2023 — Stockholms län (20, 30, 10): 20; weighted (20·50323 + 30·35119 + 10·995574) / 1081016 = 11,1. A1 (Stockholm 10, Göteborg 40): 25; weighted 21,4.
    assert.match(page.text, row(['2023', '20', '20', '11,1', '35', '24,5', '25', '21,4']));
  });

  it('exports the same table as CSV with the source under it', async () => {
    const id = await insertCompareFixture(ctx);
    const res = await (await ctx.as('admin')).get(`/resultat/register/${id}/jamfor.csv?kommun=1401`).expect(200);
    assert.match(res.headers['content-type']!, /text\/csv/);
    const lines = parseCsv(res.text.replace(/^\uFEFF/, ''));
    assert.equal(lines[0]![1], 'Härryda');
    assert.deepEqual(lines[1], ['2023', '50', '50', '43,53', '45', '40,62', '35', '24,54', '33,33', '32,37']);
    assert.ok(lines.some((l) => l[0] === 'Källa: Kolada (RKA).'));
  });

  it('answers 404 for an unknown indicator and 403 for viewers', async () => {
    await (await ctx.as('analyst')).get('/resultat/register/999999/jamfor').expect(404);
    await (await ctx.as('viewer')).get('/resultat/register/1/jamfor').expect(403);
  });
});

describe('results: register figures per RSS region', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('lists the 24 regions for the latest year, Västra Götaland split in four', async () => {
    const id = await insertCompareFixture(ctx);
    const page = await (await ctx.as('analyst')).get(`/resultat/register/${id}/jamfor?kommun=0114`).expect(200);
    const body = page.text.slice(page.text.indexOf('Per RSS-region'));
    assert.equal((body.match(/<tr><th scope="row">/g) ?? []).length, 24);
    // 2024: Stockholms län 0114 (22) and 0180 (12): 17; weighted (22·50323 + 12·995574) / 1045897 = 12,5. Göteborgsregionen: Göteborg 44.
    assert.match(body, row(['Stockholms län', '17', '12,5', '2']));
    assert.match(body, row(['Göteborgsregionen', '44', '44', '1']));
    assert.match(body, row(['Fyrbodal', '', '', '0']));
  });
});
