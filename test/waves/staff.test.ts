import assert from 'node:assert/strict';
import { findWave } from '../../db/repositories/waves';
import { openDueWaves } from '../../server/services/waves/open-waves';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { follow } from '../panel/support';
import { addMembers, NORRLAND, publishSurvey, scheduleTestWave, SVEALAND, waveForm } from './support';

describe('waves, staff side: schedule, change, cancel, extend, lock', () => {
  let ctx: TestContext;
  let editor: StaffClient;
  let versionId: number;
  beforeEach(async () => {
    ctx = await createTestContext();
    await addMembers(ctx, [...SVEALAND, ...NORRLAND]);
    versionId = await publishSurvey(ctx);
    editor = await ctx.as('editor');
  });
  afterEach(() => ctx.close());

  it('starts a new wave with Swedish defaults: k 5, invitation text, reminders', async () => {
    const res = await editor.get('/utskick/nytt');
    assert.equal(res.status, 200);
    assert.match(res.text, /id="f-k"[^>]*value="5"/);
    assert.match(res.text, /Äldreomsorgspanelen har en ny enkät till dig/);
    assert.match(res.text, /<option value="\d+">[^<]*\(version 1\)<\/option>/);
  });

  it('refuses k below 3 and a breakdown with a group smaller than k: 422, summary, message by the field, values kept', async () => {
    const low = await editor.post('/utskick', waveForm(versionId, { k: '2', title: 'Min <rubrik>' }));
    assert.equal(low.status, 422);
    assert.match(low.text, /class="error-summary"/);
    assert.match(low.text, /<a href="#f-k">k kan inte vara lägre än 3/);
    assert.match(low.text, /id="f-k-error"/);
    assert.match(low.text, /value="Min &lt;rubrik&gt;"/);

    // Two invited municipalities in Norrland: a breakdown by landsdel would show a group of 2.
    const small = await editor.post('/utskick', waveForm(versionId, { dimensions: ['landsdel'], k: '3' }));
    assert.equal(small.status, 422);
    assert.match(small.text, /<a href="#f-dimensions">[^<]*Norrland[^<]*2/);
    assert.match(small.text, /id="f-dimensions"[^>]*value="landsdel" checked/);
    assert.equal(await ctx.db.selectFrom('waves').select('id').executeTakeFirst(), undefined);
  });

  it('schedules, lists, changes, extends and cancels a wave before it opens', async () => {
    const res = await editor.post('/utskick', waveForm(versionId, { dimensions: [] }));
    assert.equal(res.status, 303);
    const path = res.headers.location!;
    const page = await follow(ctx, editor, res);
    assert.equal(page.status, 200);
    assert.match(page.text, /Utskicket är planerat/);
    assert.match(page.text, /Om utskicket öppnade nu skulle 8 kontaktpersoner få inbjudan/);
    assert.match(page.text, /2026-11-30 kl\. 08:00/);
    assert.match((await editor.get('/utskick')).text, /Bemanning inför sommaren/);
    const id = Number(path.split('/').pop());

    const edit = await editor.get(`${path}/andra`);
    assert.match(edit.text, /id="f-closes_date"[^>]*value="2026-12-14"/);
    assert.equal((await editor.post(path, waveForm(versionId, { dimensions: [], title: 'Ny rubrik', k: '4' }))).status, 303);
    assert.equal((await findWave(ctx.db, id))!.k, 4);

    const early = await editor.post(`${path}/forlang`, { closes_date: '2026-12-01', closes_time: '23:59' });
    assert.equal(early.status, 422, 'an earlier closing is not an extension');
    assert.match(early.text, /måste vara senare än den nuvarande/);
    assert.equal((await editor.post(`${path}/forlang`, { closes_date: '2026-12-21', closes_time: '12:00' })).status, 303);
    assert.equal((await findWave(ctx.db, id))!.closesAt, '2026-12-21T11:00:00.000Z');

    assert.equal((await editor.post(`${path}/avbryt`)).status, 303);
    const cancelled = await findWave(ctx.db, id);
    assert.equal(cancelled!.status, 'cancelled');
    ctx.clock.set('2026-12-01T08:00:00Z');
    assert.deepEqual((await openDueWaves(ctx.deps)).opened, [], 'a cancelled wave never opens');
  });

  it('locks audience, dimensions and k once the first invitation is sent; closing can still be extended', async () => {
    const id = await scheduleTestWave(ctx, versionId, { dimensions: [] });
    ctx.clock.advanceMinutes(2);
    await openDueWaves(ctx.deps);
    const wave = (await findWave(ctx.db, id))!;
    assert.equal(wave.anonymityLocked, true);
    const page = await editor.get(`/utskick/${id}`);
    assert.match(page.text, /Låsta \(första inbjudan är skickad\)/);
    assert.doesNotMatch(page.text, /Avbryt utskicket/);
    const change = await editor.post(`/utskick/${id}`, waveForm(versionId, { dimensions: [], k: '3', opens_date: '2026-11-24', closes_date: '2026-12-24' }));
    assert.equal(change.status, 303);
    assert.match((await follow(ctx, editor, change)).text, /låsta sedan första inbjudan skickades/);
    assert.equal((await findWave(ctx.db, id))!.k, 3);
    await editor.post(`/utskick/${id}/avbryt`);
    assert.equal((await findWave(ctx.db, id))!.status, 'open', 'an open wave cannot be cancelled');
    assert.equal((await editor.post(`/utskick/${id}/forlang`, { closes_date: '2026-12-20', closes_time: '23:59' })).status, 303);
  });

  it('shows overall progress only, lets analysts read and keeps them from changing anything', async () => {
    const id = await scheduleTestWave(ctx, versionId, { dimensions: [] });
    ctx.clock.advanceMinutes(2);
    await openDueWaves(ctx.deps);
    const analyst = await ctx.as('analyst');
    const page = await analyst.get(`/utskick/${id}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /<span class="stat__value">8<\/span>i kö/);
    assert.match(page.text, /<span class="stat__value">8<\/span>inbjudna kommuner/);
    assert.match(page.text, /<span class="stat__value">0\u00a0%<\/span>svarsfrekvens/);
    assert.doesNotMatch(page.text, /Norrland|Svealand/, 'no group figures while open');
    assert.equal((await analyst.post(`/utskick/${id}/forlang`, { closes_date: '2026-12-20', closes_time: '23:59' })).status, 403);
    assert.equal((await (await ctx.as('viewer')).get('/utskick')).status, 403);
  });
});
