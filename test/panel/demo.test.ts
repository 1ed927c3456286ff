import assert from 'node:assert/strict';
import { listActiveRecipients } from '../../db/repositories/contacts';
import { listPeriods } from '../../db/repositories/panel';
import { createTestContext, type TestContext } from '../support/context';
import { seedPanel } from './support';

describe('demo panel', () => {
  let ctx: TestContext;
  before(async () => { ctx = await createTestContext(); await seedPanel(ctx); });
  after(() => ctx.close());

  it('has 149 active members, each with a primary contact, all of them recipients', async () => {
    const members = await ctx.db.selectFrom('panel_members').selectAll().execute();
    assert.equal(members.filter((m) => m.status === 'active').length, 149);
    assert.equal((await listActiveRecipients(ctx.db)).length, 149);
    const emails = await ctx.db.selectFrom('contacts').select('email').execute();
    assert.ok(emails.every((e) => e.email.endsWith('.example')));
  });

  it('has history: a replaced contact, a member that left and rejoined, and one that left', async () => {
    const replaced = await ctx.db.selectFrom('contacts').selectAll().where('role', '=', 'primary').where('valid_to', 'is not', null).execute();
    assert.ok(replaced.length >= 2);
    const members = await ctx.db.selectFrom('panel_members').selectAll().execute();
    const rejoined = [];
    for (const m of members) {
      const periods = (await listPeriods(ctx.db, m.id)).map((p) => p.status);
      if (periods.join() === 'active,left,active') rejoined.push(m);
    }
    assert.equal(rejoined.length, 1);
    const left = members.filter((m) => m.status === 'left');
    assert.equal(left.length, 1);
    assert.deepEqual((await listPeriods(ctx.db, left[0]!.id)).map((p) => p.status), ['left', 'active']);
    const viewer = await ctx.as('viewer');
    const page = await viewer.get(`/panel/kommuner/${rejoined[0]!.kommunkod}`);
    assert.match(page.text, /Har lämnat[\s\S]*Omorganisation/);
  });
});
