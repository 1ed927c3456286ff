import assert from 'node:assert/strict';
import { seedDemo } from '../../scripts/seed/demo';
import { seedReferenceData } from '../../db/seed/reference-seed';
import { createTestContext, type TestContext } from '../support/context';
import { Respondent } from '../answer/support';

describe('waves demo data (issue 6, acceptance 1)', () => {
  let ctx: TestContext;
  before(async function () {
    this.timeout(120_000); // the whole demo seed; slow on a loaded machine
    ctx = await createTestContext();
    ctx.clock.set(new Date());
    await seedReferenceData(ctx.db);
    await seedDemo(ctx.deps, () => {});
  });
  after(() => ctx.close());

  it('has closed, released June and October waves with about 110 answers, and an open wave answerable from the mail viewer', async () => {
    // The register band wave (issue 18) is checked below.
    const waves = await ctx.db.selectFrom('waves').selectAll().where('register_band', 'is', null).orderBy('id').execute();
    const [june, october, open] = waves;
    assert.deepEqual(waves.map((w) => w.status), ['closed', 'closed', 'open', 'scheduled']);
    const responses = async (id: number) => (await ctx.db.selectFrom('responses').select('id').where('wave_id', '=', id).execute()).length;
    assert.ok((await responses(june!.id)) >= 100 && (await responses(june!.id)) <= 120);
    assert.ok((await responses(october!.id)) > 80);
    // Ballots wait, sealed away from the results, until the open wave closes (released once, at close).
    assert.deepEqual([...new Set((await ctx.db.selectFrom('ballots').select('wave_id').execute()).map((b) => b.wave_id))], [open!.id]);

    const admin = await ctx.as('admin');
    const list = await admin.get(`/admin/e-post?kategori=${encodeURIComponent('enkät-inbjudan')}`);
    const mailId = /href="\/admin\/e-post\/(\d+)"/.exec(list.text)![1];
    const mail = await admin.get(`/admin/e-post/${mailId}`);
    assert.match(mail.text, new RegExp(open!.title));
    const link = new URL(/http:\/\/panel\.test\/svar\/[\w-]{43}/.exec(mail.text)![0]).pathname;
    const start = await new Respondent(ctx).open(link);
    assert.equal(start.status, 200);
    assert.match(start.text, /Börja svara/);
    assert.equal((await admin.get(`/utskick/${june!.id}`)).status, 200);
    // June: few Norrland answers, so its breakdown shows the new marks (or the merged group when chosen).
    const byLandsdel = await admin.get(`/resultat/vagor/${june!.id}?uppdelning=landsdel`);
    assert.match(byLandsdel.text, /för få svar/);
    const merged = await admin.get(`/resultat/vagor/${june!.id}?uppdelning=landsdel&sma=sla-ihop`);
    assert.match(merged.text, / och /);
  });

  it('has one closed wave broken down by a register band (issue 18, acceptance 2): only band labels on its responses', async () => {
    const band = (await ctx.db.selectFrom('waves').selectAll().where('register_band', 'is not', null).execute());
    assert.equal(band.length, 1);
    assert.equal(band[0]!.status, 'closed');
    assert.deepEqual(JSON.parse(band[0]!.dimensions), ['band']);
    assert.match(JSON.parse(band[0]!.register_band!).title, /fiktiva demovärden/);
    const labels = new Set((await ctx.db.selectFrom('responses').select('bg_band').where('wave_id', '=', band[0]!.id).execute()).map((r) => r.bg_band));
    assert.deepEqual([...labels].filter((l) => l !== null).sort(), ['Högre tredjedel', 'Lägre tredjedel', 'Mellersta tredjedel']);
    const admin = await ctx.as('admin');
    const page = await admin.get(`/resultat/vagor/${band[0]!.id}?uppdelning=band`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Lägre tredjedel[\s\S]*Mellersta tredjedel[\s\S]*Högre tredjedel/);
  });
});
