import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { insertFixtureResponses, insertInvitations, insertWaveFixture, type FixtureResponse } from './fixtures';

function responses(plan: [string, number][], comment?: string): FixtureResponse[] {
  return plan.flatMap(([landsdel, n]) => Array.from({ length: n }, (_, i) => ({
    bg: { landsdel },
    answers: [{ q: 'brist', code: i % 2 ? 'ja' : 'nej' }, { q: 'antal', num: i }],
    texts: i === 0 && comment ? [{ q: 'kommentar', text: comment }] : [],
  })));
}

describe('results: pages, roles and the open-wave rule', () => {
  let ctx: TestContext;
  let closed: number;
  let open: number;
  before(async () => {
    ctx = await createTestContext();
    closed = (await insertWaveFixture(ctx.db, { k: 3, dimensions: ['landsdel', 'huvudgrupp'] })).waveId;
    await insertFixtureResponses(ctx.db, closed, responses([['Götaland', 7], ['Svealand', 5], ['Norrland', 2]], 'Vi i =HYPERLINK("x") saknar folk'));
    open = (await insertWaveFixture(ctx.db, { status: 'open', title: 'Pågående omgång' })).waveId;
    await insertFixtureResponses(ctx.db, open, responses([['Götaland', 6], ['Svealand', 6]]));
    await insertInvitations(ctx.db, open, 'Götaland', 10, 6);
  });
  after(() => ctx.close());

  it('while a wave is open shows only counts and the response rate, no answers', async () => {
    const res = await (await ctx.as('analyst')).get(`/resultat/vagor/${open}`).expect(200);
    assert.match(res.text, /Svaren visas först när omgången är avslutad/);
    assert.match(res.text, /60\u00a0%/);
    assert.doesNotMatch(res.text, /Saknar ni vikarier/);
    await (await ctx.as('analyst')).get(`/resultat/vagor/${open}?uppdelning=landsdel`).expect(200).expect((r) => assert.doesNotMatch(r.text, /Saknar ni vikarier/));
    await (await ctx.as('analyst')).get(`/resultat/vagor/${open}/export.csv`).expect(404);
    await (await ctx.as('admin')).get(`/resultat/vagor/${open}/mikrodata.csv`).expect(404);
  });

  it('after close shows results, and a breakdown with suppressed cells and the footnote', async () => {
    const client = await ctx.as('analyst');
    const res = await client.get(`/resultat/vagor/${closed}?uppdelning=landsdel`).expect(200);
    assert.match(res.text, /Saknar ni vikarier/);
    assert.match(res.text, /<td class="num">\.\.<\/td>/);
    assert.match(res.text, /färre än 3 svarande/);
    assert.match(res.text, /type="application\/json"/);
  });

  it('role checks: analysts, editors and admins see results; viewers do not; free-text review is for analysts', async () => {
    await (await ctx.as('viewer')).get(`/resultat/vagor/${closed}`).expect(403);
    const editorPage = await (await ctx.as('editor')).get(`/resultat/vagor/${closed}`).expect(200);
    assert.doesNotMatch(editorPage.text, /Granska fritextsvar/);
    assert.match((await (await ctx.as('analyst')).get(`/resultat/vagor/${closed}`)).text, /Granska fritextsvar/);
    await (await ctx.as('editor')).get(`/resultat/vagor/${closed}/fritext`).expect(403);
    await (await ctx.as('editor')).get(`/resultat/vagor/${closed}/export.csv`).expect(200);
    for (const role of ['editor', 'viewer', 'analyst'] as const) await (await ctx.as(role)).get(`/resultat/vagor/${closed}/mikrodata.csv`).expect(403);
    await (await ctx.as('admin')).get(`/resultat/vagor/${closed}`).expect(200);
    await ctx.anonymous().get('/resultat').expect(303);
  });

  it('free text is hidden until approved, and redaction is what readers see', async () => {
    const client = await ctx.as('analyst');
    assert.doesNotMatch((await client.get(`/resultat/vagor/${closed}`)).text, /saknar folk/);
    const queue = await client.get(`/resultat/vagor/${closed}/fritext`).expect(200);
    const id = /action="\/resultat\/fritext\/([0-9a-f-]+)"/.exec(queue.text)![1]!;
    const empty = await client.post(`/resultat/fritext/${id}`, { action: 'approve', [`shown-${id}`]: '  ' }).expect(422);
    assert.match(empty.text, /kan inte vara tom/);
    await client.post(`/resultat/fritext/${id}`, { action: 'approve', [`shown-${id}`]: 'Vi i [borttaget] saknar folk' }).expect(303);
    const page = (await client.get(`/resultat/vagor/${closed}`)).text;
    assert.match(page, /Vi i \[borttaget\] saknar folk/);
    assert.doesNotMatch(page, /HYPERLINK/);
    assert.doesNotMatch((await client.get(`/resultat/vagor/${closed}?uppdelning=landsdel`)).text, /saknar folk/);
    await client.post(`/resultat/fritext/${id}`, { action: 'hide' }).expect(303);
    assert.doesNotMatch((await client.get(`/resultat/vagor/${closed}`)).text, /saknar folk/);
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'details']).where('object_type', '=', 'free_text').execute();
    assert.equal(audit.length, 2);
    assert.ok(audit.every((a) => !String(a.details).includes('folk')));
  });

  it('exports carry the same suppression, escape formulas, and microdata has random ids and a codebook', async () => {
    const csv = (await (await ctx.as('analyst')).get(`/resultat/vagor/${closed}/export.csv?uppdelning=landsdel`).expect(200)).text;
    assert.match(csv, /Norrland;\.\.;\.\.;\.\.;\.\./);
    const xlsx = await (await ctx.as('analyst')).get(`/resultat/vagor/${closed}/export.xlsx`).buffer(true).expect(200);
    assert.ok(Number(xlsx.headers['content-length']) > 1000);
    const micro = (await (await ctx.as('admin')).get(`/resultat/vagor/${closed}/mikrodata.csv`).expect(200)).text;
    const lines = micro.trim().split('\r\n');
    assert.equal(lines.length, 15);
    assert.equal(lines[0]!.replace(/^\uFEFF/, ''), 'id;landsdel;huvudgrupp;brist;lage;antal;atgarder__lon;atgarder__bemanning;atgarder__inget;grupp__ssk;grupp__usk');
    const stored = await ctx.db.selectFrom('responses').select('id').where('wave_id', '=', closed).execute();
    assert.ok(stored.every((r) => !micro.includes(r.id)));
    const book = (await (await ctx.as('admin')).get(`/resultat/vagor/${closed}/kodbok.csv`).expect(200)).text;
    assert.match(book, /brist;Saknar ni vikarier\?;ja = Ja \| nej = Nej \| vet_ej = Vet ej/);
  });

  it('every export escapes cells that look like formulas', async () => {
    const definition = { title: 'F', pages: [{ key: 'p', title: 'P', questions: [{ key: 'f', type: 'single_choice' as const, text: '=1+2 fråga', required: true, options: [{ code: 'a', label: '@SUM(A1)' }, { code: 'b', label: '-Nej' }] }] }] };
    const { waveId } = await insertWaveFixture(ctx.db, { definition, k: 3 });
    await insertFixtureResponses(ctx.db, waveId, Array.from({ length: 4 }, () => ({ bg: { landsdel: 'Götaland' }, answers: [{ q: 'f', code: 'a' }] })));
    const csv = (await (await ctx.as('analyst')).get(`/resultat/vagor/${waveId}/export.csv`).expect(200)).text;
    assert.match(csv, /^'=1\+2 fråga/m);
    assert.match(csv, /^'@SUM\(A1\);4;100/m);
    assert.match(csv, /^'-Nej;0;0/m);
    const book = (await (await ctx.as('admin')).get(`/resultat/vagor/${waveId}/kodbok.csv`).expect(200)).text;
    assert.match(book, /f;'=1\+2 fråga;a = @SUM/);
  });

  it('unknown ids give 404', async () => {
    const client = await ctx.as('analyst');
    for (const path of ['/resultat/vagor/999999', '/resultat/vagor/999999/jamforelse', '/resultat/vagor/999999/fritext', '/resultat/register/999999']) await client.get(path).expect(404);
    await client.post('/resultat/fritext/999999', { action: 'approve' }).expect(404);
  });
});
