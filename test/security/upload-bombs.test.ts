import assert from 'node:assert/strict';
import supertest from 'supertest';
import { activeReadWorkers, readTableOffThread } from '../../server/services/tabular/read-table-off-thread';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { sheetXml, xlsxOf } from '../support/xlsx-bytes';

const SHEET = 'xl/worksheets/sheet1.xml';
const HEADER = ['kommunkod', 'år', 'värde', 'e-post'];
/** Claims 370 MB in its zip directory, like the 1.5 MB file of the review. */
const CLAIMS_370_MB = xlsxOf({ name: SHEET, data: sheetXml([HEADER, ['0114', '2024', '1', 'a@b.se']]), declaredSize: 370 * 1024 * 1024 });
/** 5 MB of nothing packed into a few kB. */
const PACKED_BOMB = xlsxOf(sheetXml([HEADER, ['0114', '2024', '1', 'a@b.se']], ' '.repeat(5_000_000)));
/** A real, plausible workbook that is heavy to parse: 1 500 rows × 60 columns of distinct numbers. */
const heavy = () => xlsxOf(sheetXml(Array.from({ length: 1500 }, (_, r) => Array.from({ length: 60 }, (_, c) => String((r * 7919 + c * 104729) % 1000003)))));

function upload(ctx: TestContext, client: StaffClient, path: string, file: Buffer, fields: Record<string, string> = {}) {
  let req = supertest(ctx.app).post(`${path}?_csrf=${client.csrf}`).set('Cookie', client.cookie);
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  return req.field('_csrf', client.csrf).attach('fil', file, 'bomb.xlsx');
}

describe('uploads: spreadsheet bombs (issue 14)', function () {
  this.timeout(60_000);
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('panel import: refuses a workbook claiming 370 MB with a 422 naming the limit, and imports nothing', async () => {
    const res = await upload(ctx, await ctx.as('editor'), '/panel/import', CLAIMS_370_MB);
    assert.equal(res.status, 422);
    assert.match(res.text, /packas upp till 370 MB, men högst 50 MB/);
    assert.equal((await ctx.db.selectFrom('panel_imports').select('id').execute()).length, 0);
  });

  it('register import: refuses a packed bomb with a 422 naming the ratio limit, and stores nothing', async () => {
    const fields = { name: 'Andel 80+', unit: 'percent', source: 'Kolada' };
    const res = await upload(ctx, await ctx.as('analyst'), '/resultat/register/import', PACKED_BOMB, fields);
    assert.equal(res.status, 422);
    assert.match(res.text, /högst 100 gånger/);
    assert.equal((await ctx.db.selectFrom('register_values').select('kommunkod').execute()).length, 0);
    assert.equal((await ctx.db.selectFrom('register_indicators').select('id').execute()).length, 0);
  });

  it('parses in a worker that is stopped at its heap limit, while the main thread keeps answering', async () => {
    const bytes = heavy();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const settled: boolean[] = [];
    const reads = [1, 2, 3].map(() => readTableOffThread(bytes, 'p.xlsx', {}, { timeBudgetMs: 60_000, heapMb: 32 }).finally(() => settled.push(true)));
    const health = await supertest(ctx.app).get('/healthz');
    assert.equal(health.status, 200);
    assert.equal(settled.length, 0, '/healthz answered while the three files were still being read');
    for (const result of await Promise.all(reads)) {
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.message, /för mycket minne.*gränsen är 32 MB/);
    }
    clearInterval(ticker);
    assert.ok(ticks > 0, 'the event loop turned during the reads');
    assert.equal(activeReadWorkers(), 0, 'every worker was stopped');
  });

  it('stops a worker that runs past its time budget', async () => {
    const result = await readTableOffThread(heavy(), 'p.xlsx', {}, { timeBudgetMs: 50, heapMb: 160 });
    assert.deepEqual(result, { ok: false, message: 'Filen tog för lång tid att läsa (gränsen är 0,05 sekunder). Dela upp den i mindre filer eller spara den som CSV.' });
    assert.equal(activeReadWorkers(), 0);
  });
});
