import assert from 'node:assert/strict';
import { listPeriods } from '../../db/repositories/panel';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';

describe('panel membership', () => {
  let ctx: TestContext;
  let editor: StaffClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
  });
  afterEach(() => ctx.close());
  const member = () => ctx.db.selectFrom('panel_members').selectAll().where('kommunkod', '=', '0643').executeTakeFirstOrThrow();

  it('join, pause, resume, leave and rejoin with dates: every period is kept, none deleted', async () => {
    const steps = [
      { change: 'join', date: '2024-03-15', reason: '' },
      { change: 'pause', date: '2024-09-01', reason: 'Ny chef börjar' },
      { change: 'resume', date: '2024-11-01', reason: '' },
      { change: 'leave', date: '2025-05-31', reason: 'Har inte tid' },
      { change: 'join', date: '2026-02-01', reason: 'Vill vara med igen' },
    ];
    for (const s of steps) assert.equal((await editor.post('/panel/kommuner/0643/medlemskap', s)).status, 303, s.change);
    const m = await member();
    assert.deepEqual([m.status, m.joined_on, m.left_on, m.status_reason], ['active', '2026-02-01', null, 'Vill vara med igen']);
    const periods = await listPeriods(ctx.db, m.id);
    assert.deepEqual(periods.map((p) => [p.status, p.from_date, p.to_date, p.reason]), [
      ['active', '2026-02-01', null, 'Vill vara med igen'],
      ['left', '2025-05-31', '2026-02-01', 'Har inte tid'],
      ['active', '2024-11-01', '2025-05-31', null],
      ['paused', '2024-09-01', '2024-11-01', 'Ny chef börjar'],
      ['active', '2024-03-15', '2024-09-01', null],
    ]);
    const page = await editor.get('/panel/kommuner/0643');
    assert.match(page.text, /Historik i panelen[\s\S]*Har lämnat[\s\S]*2025-05-31[\s\S]*Har inte tid/);
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'object_type', 'object_id']).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['panel.member.join', 'panel.member.pause', 'panel.member.resume', 'panel.member.leave', 'panel.member.join']);
    assert.ok(audit.every((a) => a.object_type === 'municipality' && a.object_id === '0643'));
  });

  it('refuses a missing reason, a bad or out-of-order date and a change the status does not allow (422, values kept)', async () => {
    await editor.post('/panel/kommuner/0643/medlemskap', { change: 'join', date: '2025-01-01', reason: '' });
    const noReason = await editor.post('/panel/kommuner/0643/medlemskap', { change: 'leave', date: '2025-06-01', reason: ' ' });
    assert.equal(noReason.status, 422);
    assert.match(noReason.text, /href="#f-reason"[^>]*>Ange en orsak när en kommun pausar eller lämnar panelen/);
    const badDate = await editor.post('/panel/kommuner/0643/medlemskap', { change: 'pause', date: '2025-02-30', reason: 'x' });
    assert.equal(badDate.status, 422);
    assert.match(badDate.text, /Ange datum som ÅÅÅÅ-MM-DD/);
    const before = await editor.post('/panel/kommuner/0643/medlemskap', { change: 'pause', date: '2024-12-31', reason: 'x' });
    assert.equal(before.status, 422);
    assert.match(before.text, /kan inte vara före 2025-01-01/);
    const future = await editor.post('/panel/kommuner/0643/medlemskap', { change: 'pause', date: '2027-01-01', reason: 'x' });
    assert.match(future.text, /senare än i dag/);
    const twice = await editor.post('/panel/kommuner/0643/medlemskap', { change: 'join', date: '2025-06-01', reason: '' });
    assert.equal(twice.status, 422);
    assert.match(twice.text, /går inte att göra för kommunens nuvarande status/);
    assert.match(twice.text, /value="2025-06-01"/);
    assert.equal((await member()).status, 'active');
    assert.equal((await editor.post('/panel/kommuner/9999/medlemskap', { change: 'join', date: '2025-01-01' })).status, 404);
  });

  it('lists municipalities with filters and search, and a paused member shows as paused', async () => {
    await editor.post('/panel/kommuner/0643/medlemskap', { change: 'join', date: '2025-01-01', reason: '' });
    await editor.post('/panel/kommuner/0305/medlemskap', { change: 'join', date: '2025-01-01', reason: '' });
    await editor.post('/panel/kommuner/0305/medlemskap', { change: 'pause', date: '2025-03-01', reason: 'Paus' });
    const viewer = await ctx.as('viewer');
    const names = async (q: string) => [...(await viewer.get(`/panel/kommuner${q}`)).text.matchAll(/<th scope="row"><a href="\/panel\/kommuner\/(\d{4})">/g)].map((m) => m[1]);
    assert.equal((await names('')).length, 290);
    assert.deepEqual(await names('?status=i-panelen'), ['0643', '0305']);
    assert.deepEqual(await names('?status=pausad'), ['0305']);
    assert.equal((await names('?status=inte-med')).length, 288);
    assert.deepEqual(await names('?q=habo'), ['0643', '0305']);
    assert.deepEqual(await names('?q=0305'), ['0305']);
    assert.deepEqual(await names('?q=ostersund'), ['2380']);
    assert.deepEqual(await names('?lan=06&q=habo'), ['0643']);
    assert.equal((await names('?grupp=A1')).length, 3);
    assert.equal((await names('?landsdel=Norrland&grupp=A')).length, 0);
    assert.equal((await names('?lan=<script>&status=nonsense')).length, 290, 'unknown filter values are ignored');
    const page = await viewer.get('/panel/kommuner/0305');
    assert.match(page.text, /<span class="tag tag--yellow">Pausad<\/span> – Paus/);
    assert.doesNotMatch(page.text, /Ändra medlemskap/, 'viewers get no edit links');
  });
});
