import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { anonymiseExpiredRegistrations } from '../../server/services/meetings/retention';
import { parseCsv } from '../export/parse-csv';
import { createTestContext, type TestContext } from '../support/context';
import { cancelTokenIn, createMeetingAs, register, registrationForm, registrations } from './support';

function binary(res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('meetings: after the meeting', () => {
  let ctx: TestContext;
  let id: number;
  beforeEach(async () => {
    ctx = await createTestContext();
    id = await createMeetingAs(await ctx.as('editor'), { capacity: '3', lagesbild_ids: '7' });
    await register(ctx, id, registrationForm(1, { name: '=HYPERLINK("http://evil.example","Klicka")' }));
    await register(ctx, id, registrationForm(2, { kommunkod: '1280' }));
    await register(ctx, id, registrationForm(3, { kommunkod: '', organisation: 'Region Skåne' }));
    await register(ctx, id, registrationForm(4));
    ctx.clock.set('2026-12-10T11:00:00Z');
  });
  afterEach(() => ctx.close());

  const ids = async () => (await registrations(ctx, id)).map((r) => r.id);

  it('marks attendance and counts per meeting and per year', async () => {
    const editor = await ctx.as('editor');
    const [a, b, , waitlisted] = await ids();
    const res = await editor.post(`/moten/${id}/narvaro`, { attended: [String(a), String(b), String(waitlisted)] });
    assert.equal(res.status, 303);
    const rows = await registrations(ctx, id);
    assert.deepEqual(rows.map((r) => [r.status, r.attended]), [['registered', 1], ['registered', 1], ['registered', 0], ['waitlisted', 0]]);
    const page = await (await ctx.as('viewer')).get(`/moten/${id}`);
    assert.match(page.text, /<span class="stat__value">3<\/span>anmälda/);
    assert.match(page.text, /<span class="stat__value">2<\/span>deltog/);
    assert.match(page.text, /<span class="stat__value">2<\/span>kommuner som deltog/);
    const stats = await (await ctx.as('analyst')).get('/moten/statistik');
    assert.equal(stats.status, 200);
    const cells = /<th scope="row">2026<\/th>((?:<td[^>]*>\d+<\/td>)+)/.exec(stats.text)![1]!;
    // Meetings, registered, attended, municipalities among the registered, municipalities that attended.
    assert.deepEqual([...cells.matchAll(/>(\d+)</g)].map((c) => c[1]), ['1', '3', '2', '2', '2']);
  });

  it('refuses attendance before the meeting has started', async () => {
    ctx.clock.set('2026-12-01T09:00:00Z');
    const [a] = await ids();
    await (await ctx.as('editor')).post(`/moten/${id}/narvaro`, { attended: String(a) });
    assert.equal((await registrations(ctx, id))[0]!.attended, 0);
  });

  it('sends the follow-up with material once to those who attended', async () => {
    const editor = await ctx.as('editor');
    const [a, b] = await ids();
    await editor.post(`/moten/${id}/narvaro`, { attended: [String(a), String(b)] });
    const form = await editor.get(`/moten/${id}/uppfoljning`);
    assert.match(form.text, /value="7"/, 'the linked lägesbild is proposed');
    const invalid = await editor.post(`/moten/${id}/uppfoljning`, { material_url: 'inte en länk', lagesbild_ids: '', message: 'Tack!', recipients: 'attended' });
    assert.equal(invalid.status, 422);
    assert.match(invalid.text, /href="#f-material_url"/);
    assert.match(invalid.text, /value="inte en länk"/);
    for (let i = 0; i < 2; i++) {
      const ok = await editor.post(`/moten/${id}/uppfoljning`, { material_url: 'https://material.example/bild.pdf', lagesbild_ids: '7', message: 'Tack för i dag!', recipients: 'attended' });
      assert.equal(ok.status, 303);
    }
    const mails = await ctx.db.selectFrom('outbox').selectAll().where('category', '=', 'meeting-followup').execute();
    assert.deepEqual(mails.map((m) => m.to_address).sort(), ['deltagare1@kommun.example', 'deltagare2@kommun.example']);
    assert.match(mails[0]!.text, /https:\/\/material\.example\/bild\.pdf/);
    assert.match(mails[0]!.text, /http:\/\/panel\.test\/arkiv\/7/);
    assert.match(mails[0]!.text, /Tack för i dag!/);
  });

  it('exports the participant list as CSV and XLSX with formulas neutralised', async () => {
    const editor = await ctx.as('editor');
    const csv = await editor.get(`/moten/${id}/deltagare.csv`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers['content-disposition']!, /^attachment; filename="deltagare-/);
    const rows = parseCsv(csv.text);
    assert.deepEqual(rows[0], ['Namn', 'E-post', 'Kommun', 'Kommunkod', 'Organisation', 'Roll', 'Behov', 'Status', 'Deltog', 'Anmäld']);
    assert.equal(rows.length, 5);
    assert.equal(rows[1]![0], `'=HYPERLINK("http://evil.example","Klicka")`);
    assert.deepEqual(rows[2]!.slice(1, 4), ['deltagare2@kommun.example', 'Malmö', '1280']);
    assert.equal(rows[3]![4], 'Region Skåne');
    assert.equal(rows[4]![7], 'Väntelista');
    const xlsx = await editor.get(`/moten/${id}/deltagare.xlsx`).buffer(true).parse(binary as never);
    assert.equal(xlsx.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getCell('A2').value, `'=HYPERLINK("http://evil.example","Klicka")`);
    ws.eachRow((row) => row.eachCell((cell) => assert.notEqual(cell.type, ExcelJS.ValueType.Formula)));
    assert.equal((await (await ctx.as('viewer')).get(`/moten/${id}/deltagare.csv`)).status, 403);
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'meeting.export').execute();
    assert.equal(audit.length, 2);
  });

  it('the retention job removes personal data a set time after the meeting and keeps the counts', async () => {
    const editor = await ctx.as('editor');
    const [a] = await ids();
    await editor.post(`/moten/${id}/narvaro`, { attended: String(a) });
    const token = cancelTokenIn(await ctx.db.selectFrom('outbox').select('text').where('category', '=', 'meeting-confirmed').executeTakeFirstOrThrow());
    ctx.clock.set('2027-03-09T09:00:00Z'); // 89 days after
    assert.deepEqual(await anonymiseExpiredRegistrations(ctx.deps), { meetings: 0, registrations: 0 });
    ctx.clock.set('2027-03-11T09:00:00Z');
    assert.deepEqual(await anonymiseExpiredRegistrations(ctx.deps), { meetings: 1, registrations: 4 });
    assert.deepEqual(await anonymiseExpiredRegistrations(ctx.deps), { meetings: 0, registrations: 0 });
    const rows = await registrations(ctx, id);
    for (const r of rows) {
      assert.deepEqual([r.name, r.email, r.organisation, r.role, r.needs], ['Raderad', null, null, null, null]);
      assert.ok(r.anonymised_at);
    }
    assert.deepEqual(rows.map((r) => [r.status, r.attended, r.kommunkod]), [['registered', 1, '0180'], ['registered', 0, '1280'], ['registered', 0, null], ['waitlisted', 0, '0180']]);
    assert.equal((await ctx.db.selectFrom('meeting_cancel_tokens').selectAll().execute()).length, 0);
    const mail = await ctx.db.selectFrom('outbox').selectAll().execute();
    assert.deepEqual(mail, [], 'no queued or sent mail names a participant');
    assert.equal((await ctx.anonymous().get(`/avboka/${token}`)).status, 404);
    const page = await (await ctx.as('editor')).get(`/moten/${id}`);
    assert.match(page.text, /Personuppgifterna är raderade/);
    assert.doesNotMatch(page.text, /deltagare\d@kommun\.example/);
    assert.match(page.text, /<span class="stat__value">1<\/span>deltog/);
  });
});
