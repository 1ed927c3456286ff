import assert from 'node:assert/strict';
import { upsertIndicator } from '../../db/repositories/register-indicators';
import { replaceRegisterValues } from '../../db/repositories/register-values';
import { findWave } from '../../db/repositories/waves';
import { loadRespondent } from '../../server/services/answering/respondent';
import { submitBallot } from '../../server/services/answering/submit-ballot';
import { closeDueWaves } from '../../server/services/waves/close-waves';
import { openDueWaves } from '../../server/services/waves/open-waves';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { addMembers, publishSurvey, SVEALAND, waveForm } from './support';

// Nine municipalities of Stockholms län (one RSS region), values 1…9: tertiles 1–3, 4–6, 7–9.
const NINE = [...SVEALAND, '0126', '0127', '0128'];
const LABELS = ['Lägre tredjedel', 'Mellersta tredjedel', 'Högre tredjedel'];

async function addIndicator(ctx: TestContext, count = NINE.length): Promise<number> {
  const id = await upsertIndicator(ctx.db, { key: 'N21030', name: 'Andel 80+ i särskilt boende', unit: 'percent', source: 'test' }, ctx.clock.now().toISOString());
  await replaceRegisterValues(ctx.db, id, [
    ...NINE.slice(0, count).map((kommunkod, i) => ({ kommunkod, year: 2025, value: i + 1 })),
    ...NINE.map((kommunkod) => ({ kommunkod, year: 2024, value: 99 })),
  ]);
  return id;
}

async function openAndAnswerAll(ctx: TestContext, waveId: number, skip = 0): Promise<void> {
  const wave = (await findWave(ctx.db, waveId))!;
  ctx.clock.advanceMinutes(Math.ceil((Date.parse(wave.opensAt) - ctx.clock.now().getTime()) / 60_000) + 1);
  assert.deepEqual((await openDueWaves(ctx.deps)).opened.map((o) => o.waveId), [waveId]);
  const invitations = await ctx.db.selectFrom('invitations').select('id').where('wave_id', '=', waveId).orderBy('kommunkod').execute();
  for (const inv of invitations.slice(skip)) {
    const state = await loadRespondent(ctx.deps, inv.id);
    if (state.kind !== 'answering') throw new Error(state.kind);
    state.respondent.answers = { brist: { code: 'nej' } };
    assert.equal((await submitBallot(ctx.deps, state.respondent)).kind, 'submitted');
  }
}

describe('waves: a register band and RSS region as breakdown dimensions (issue 18)', () => {
  let ctx: TestContext;
  let editor: StaffClient;
  let versionId: number;
  beforeEach(async () => {
    ctx = await createTestContext();
    await addMembers(ctx, NINE);
    versionId = await publishSurvey(ctx);
    editor = await ctx.as('editor');
  });
  afterEach(() => ctx.close());

  it('the form lists stored indicators and "Ingen"; scheduling fixes the tertiles; ballots carry only band and RSS region', async () => {
    const indicatorId = await addIndicator(ctx);
    const form = await editor.get('/utskick/nytt');
    assert.match(form.text, /id="f-register_indicator"/);
    assert.match(form.text, /<option value=""( selected)?>Ingen<\/option>/);
    assert.match(form.text, new RegExp(`<option value="${indicatorId}">Andel 80\\+ i särskilt boende \\(senaste år 2025\\)`));
    assert.match(form.text, /Redovisa per RSS-region/);

    const res = await editor.post('/utskick', waveForm(versionId, { k: '3', register_indicator: String(indicatorId), rss: 'ja' }));
    assert.equal(res.status, 303, res.text);
    const waveId = Number(res.headers.location!.split('/').pop());
    const wave = (await findWave(ctx.db, waveId))!;
    assert.deepEqual(wave.dimensions, ['landsdel', 'rss', 'band']);
    assert.deepEqual({ ...wave.registerBand, assigned: undefined }, {
      indicatorId, kpiId: 'N21030', title: 'Andel 80+ i särskilt boende', year: 2025, cuts: [3, 6], labels: LABELS, assigned: undefined,
    });
    const page = await editor.get(`/utskick/${waveId}`);
    assert.match(page.text, /Lägre tredjedel till och med 3 · Mellersta tredjedel till och med 6 · Högre tredjedel över 6/);
    assert.match((await editor.get(`/utskick/${waveId}/andra`)).text, new RegExp(`<option value="${indicatorId}" selected`));

    await openAndAnswerAll(ctx, waveId);
    editor = await ctx.as('editor'); // the clock moved past the session's idle timeout
    // Once open, the band cannot be changed.
    const change = await editor.post(`/utskick/${waveId}`, waveForm(versionId, { k: '3', register_indicator: '' }));
    assert.equal(change.status, 303);
    assert.deepEqual((await findWave(ctx.db, waveId))!.registerBand!.cuts, [3, 6]);

    ctx.clock.advanceMinutes(20 * 24 * 60);
    assert.deepEqual((await closeDueWaves(ctx.deps)).closed, [waveId]);
    const rows = await ctx.db.selectFrom('responses').selectAll().where('wave_id', '=', waveId).execute();
    assert.equal(rows.length, 9);
    const perBand = LABELS.map((l) => rows.filter((r) => r.bg_band === l).length);
    assert.deepEqual(perBand, [3, 3, 3]);
    assert.ok(rows.every((r) => r.bg_rss === 'Stockholms län'));
    // Nothing of the value or the municipality on a response.
    assert.doesNotMatch(JSON.stringify(rows), /01\d\d"|"[1-9]"|,[1-9],/);

    editor = await ctx.as('editor');
    // Results: the band is a breakdown choice, groups in band order, each of 3 ≥ k shown.
    const results = await editor.get(`/resultat/vagor/${waveId}?uppdelning=band`);
    assert.equal(results.status, 200);
    assert.match(results.text, /<option value="band" selected>Registerband: Andel 80\+ i särskilt boende, 2025<\/option>/);
    assert.match(results.text, /<option value="rss">RSS-region<\/option>/);
    assert.match(results.text, /Lägre tredjedel[\s\S]*Mellersta tredjedel[\s\S]*Högre tredjedel/);
    const csv = await editor.get(`/resultat/vagor/${waveId}/export.csv?uppdelning=rss`);
    assert.equal(csv.status, 200);
    assert.match(csv.text, /Stockholms län/);
  });

  it('k on the respondents: a band with fewer than k respondents is not released (its responses carry no band)', async () => {
    const indicatorId = await addIndicator(ctx);
    const res = await editor.post('/utskick', waveForm(versionId, { k: '3', dimensions: [], register_indicator: String(indicatorId) }));
    assert.equal(res.status, 303);
    const waveId = Number(res.headers.location!.split('/').pop());
    await openAndAnswerAll(ctx, waveId, 1); // the lowest value does not answer: the lower band has 2 respondents
    ctx.clock.advanceMinutes(20 * 24 * 60);
    await closeDueWaves(ctx.deps);
    const bands = (await ctx.db.selectFrom('responses').select('bg_band').where('wave_id', '=', waveId).execute()).map((r) => r.bg_band);
    assert.deepEqual(bands.filter((b) => b === 'Lägre tredjedel'), []);
    assert.equal(bands.filter((b) => b === null).length, 2);
    editor = await ctx.as('editor');
    const page = await editor.get(`/resultat/vagor/${waveId}?uppdelning=band`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Uppgift saknas/);
  });

  it('refuses bad input with 422 and the Swedish error summary', async () => {
    const notNumber = await editor.post('/utskick', waveForm(versionId, { k: '3', register_indicator: 'abc' }));
    assert.equal(notNumber.status, 422);
    assert.match(notNumber.text, /class="error-summary"/);
    assert.match(notNumber.text, /<a href="#f-register_indicator">Välj en registeruppgift i listan, eller Ingen/);

    const missing = await editor.post('/utskick', waveForm(versionId, { k: '3', register_indicator: '999999' }));
    assert.equal(missing.status, 422);
    assert.match(missing.text, /<a href="#f-register_indicator">Välj en registeruppgift som finns/);

    const few = await addIndicator(ctx, 2);
    const thin = await editor.post('/utskick', waveForm(versionId, { k: '3', register_indicator: String(few) }));
    assert.equal(thin.status, 422);
    assert.match(thin.text, /för få värden/);

    // Bands of 3 with k = 4: a band of invited municipalities below k.
    const small = await editor.post('/utskick', waveForm(versionId, { k: '4', register_indicator: String(few) }));
    assert.equal(small.status, 422);
    assert.equal(await ctx.db.selectFrom('waves').select('id').executeTakeFirst(), undefined);
  });
});
