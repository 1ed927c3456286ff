import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { loadRespondent } from '../../server/services/answering/respondent';
import { submitBallot } from '../../server/services/answering/submit-ballot';
import { closeDueWaves } from '../../server/services/waves/close-waves';
import { openDueWaves } from '../../server/services/waves/open-waves';
import { releaseBallots } from '../../server/services/waves/release-ballots';
import { createTestContext, type TestContext } from '../support/context';
import { parseCsv } from '../export/parse-csv';
import { addMembers, publishSurvey, scheduleTestWave, SVEALAND } from '../waves/support';

// Issue 12, attacks 3, 6, 7, 8: a static copy (and every page and export) after close, with one lone
// respondent in Norrland: 3 Norrland municipalities invited, only Arvidsjaur (2505) answers; k = 3.
const NORRLAND = ['2505', '2506', '2510'];

async function submit(ctx: TestContext, invitationId: number, answers: Record<string, unknown>): Promise<void> {
  const state = await loadRespondent(ctx.deps, invitationId);
  if (state.kind !== 'answering') throw new Error(state.kind);
  state.respondent.answers = answers as never;
  assert.equal((await submitBallot(ctx.deps, state.respondent)).kind, 'submitted');
}

const body = (res: { body: unknown; text: string }) => (Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text);

describe('anonymity: one lone respondent in a group (issue 12, attacks 3, 6, 7, 8)', () => {
  let ctx: TestContext;
  let waveId: number;
  before(async () => {
    ctx = await createTestContext();
    await addMembers(ctx, [...SVEALAND, ...NORRLAND]);
    waveId = await scheduleTestWave(ctx, await publishSurvey(ctx), { k: 3, dimensions: ['landsdel'] });
    ctx.clock.advanceMinutes(2);
    await openDueWaves(ctx.deps);
    const inv = await ctx.db.selectFrom('invitations').select(['id', 'kommunkod']).where('wave_id', '=', waveId).execute();
    const id = (kod: string) => inv.find((i) => i.kommunkod === kod)!.id;
    for (const kod of SVEALAND.slice(0, 4)) await submit(ctx, id(kod), { brist: { code: 'nej' } });
    await submit(ctx, id('2505'), { brist: { code: 'ja' }, antal: { num: 7 } });
  });
  after(() => ctx.close());

  it('while open: nothing is released and the results page shows overall progress only', async () => {
    await releaseBallots(ctx.deps);
    assert.equal((await ctx.db.selectFrom('responses').select('id').execute()).length, 0, 'no batch released while open');
    const page = await (await ctx.as('analyst')).get(`/resultat/vagor/${waveId}`).expect(200);
    assert.doesNotMatch(page.text, /Norrland|Svealand/, 'no per-group "har svarat" while open');
    assert.match(page.text, /har svarat/);
  });

  it('after close: no released response carries Norrland (1 respondent < k); every combination is shared by ≥ k', async () => {
    ctx.clock.advanceMinutes(11 * 24 * 60);
    await closeDueWaves(ctx.deps);
    const rows = await ctx.db.selectFrom('responses').select('bg_landsdel').where('wave_id', '=', waveId).execute();
    assert.equal(rows.length, 5);
    const counts = new Map<string | null, number>();
    for (const r of rows) counts.set(r.bg_landsdel, (counts.get(r.bg_landsdel) ?? 0) + 1);
    assert.equal(counts.get('Norrland'), undefined);
    for (const [value, n] of counts) if (value !== null) assert.ok(n >= 3, `${value}: ${n}`);
  });

  it('answers keep no insertion order (WITHOUT ROWID, random keys); free texts have no response_id', async () => {
    if (ctx.deps.dialect !== 'sqlite') return;
    for (const table of ['answers', 'responses', 'free_texts', 'ballots']) {
      const ddl = (await sql<{ sql: string }>`select sql from sqlite_master where name = ${table}`.execute(ctx.db)).rows[0]!.sql;
      assert.match(ddl, /without rowid/i, table);
    }
    const cols = (await ctx.db.introspection.getTables()).find((t) => t.name === 'free_texts')!.columns.map((c) => c.name);
    assert.ok(!cols.includes('response_id'));
  });

  it('the results page, CSV and XLSX per landsdel show no count or rate for Norrland, with the marks explained', async () => {
    const analyst = await ctx.as('analyst');
    const page = await analyst.get(`/resultat/vagor/${waveId}?uppdelning=landsdel`).expect(200);
    const rateRow = page.text.match(/<tr>\s*<t[hd][^>]*>Norrland<\/t[hd]>([\s\S]*?)<\/tr>/);
    assert.ok(rateRow, 'Norrland is listed in the response rates');
    assert.doesNotMatch(rateRow[1]!, />\s*1\s*</, 'no "har svarat" count of 1');
    assert.match(page.text, /för få svar/);
    const csv = parseCsv(body(await analyst.get(`/resultat/vagor/${waveId}/export.csv?uppdelning=landsdel`).buffer(true).expect(200)));
    for (const line of csv.filter((l) => l[0]?.startsWith('Norrland'))) assert.ok(line.slice(1).every((c) => c === '..' || c === '×' || c === ''), line.join(';'));
    assert.ok(csv.some((l) => l[0]?.startsWith('..')), 'legend of ".." in the CSV');
    const xlsx = await analyst.get(`/resultat/vagor/${waveId}/export.xlsx?uppdelning=landsdel`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as ExcelJS.Buffer);
    wb.worksheets[0]!.eachRow((row) => {
      const cells = (row.values as unknown[]).slice(1);
      if (String(cells[0] ?? '').startsWith('Norrland')) assert.ok(cells.slice(1).every((c) => c === '..' || c === '×' || c === null || c === undefined), JSON.stringify(cells));
    });
  });

  it('staff may merge small groups with their fixed neighbour instead: every shown group then has ≥ k', async () => {
    const analyst = await ctx.as('analyst');
    const csv = parseCsv(body(await analyst.get(`/resultat/vagor/${waveId}/export.csv?uppdelning=landsdel&sma=sla-ihop`).buffer(true).expect(200)));
    const merged = csv.find((l) => l[0] === 'Svealand och Norrland och Uppgift saknas');
    assert.ok(merged, JSON.stringify(csv.slice(0, 6)));
    const n = merged.at(-1)!;
    assert.ok(n === '×' || n === '..' || Number(n) >= 3, n);
    assert.ok(!csv.some((l) => l[0] === 'Norrland'));
  });

  it('the admin microdata export carries no Norrland row', async () => {
    const admin = await ctx.as('admin');
    const csv = parseCsv(body(await admin.get(`/resultat/vagor/${waveId}/mikrodata.csv`).buffer(true).expect(200)));
    assert.equal(csv.length, 6);
    assert.ok(!csv.flat().includes('Norrland'));
  });
});
