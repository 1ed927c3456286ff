import assert from 'node:assert/strict';
import { listActiveRecipients } from '../../db/repositories/contacts';
import { changeMembership, replaceContact } from '../../server/services/panel/register';
import { createTestContext, type TestContext } from '../support/context';
import { addMember } from './support';

describe('listActiveRecipients (what waves and meetings send to)', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('gives the active primary contact of every active member, without bounced, unsubscribed, erased, deputies or paused members', async () => {
    const stockholm = await addMember(ctx, '0180', { name: 'Anna Stock', email: 'anna@stockholm.example' });
    await replaceContact(ctx.deps, null, '0180', 'deputy', { name: 'Bo Dep', title: null, email: 'bo@stockholm.example', phone: null });
    const bounced = await addMember(ctx, '1280', { email: 'b@malmo.example' });
    await ctx.db.updateTable('contacts').set({ bounced: 1 }).where('id', '=', bounced).execute();
    const unsub = await addMember(ctx, '1480', { email: 'u@goteborg.example' });
    await ctx.db.updateTable('contacts').set({ unsubscribed: 1 }).where('id', '=', unsub).execute();
    await addMember(ctx, '2580', { email: 'p@lulea.example' });
    await changeMembership(ctx.deps, null, { kommunkod: '2580', change: 'pause', date: '2025-02-01', reason: 'Sjukskrivning' });
    const kiruna = await addMember(ctx, '2584', { name: 'Kim Kiruna', email: 'k@kiruna.example' });

    const all = await listActiveRecipients(ctx.db);
    assert.deepEqual(all.map((r) => r.contactId), [stockholm, kiruna]);
    assert.deepEqual(all[0], {
      contactId: stockholm, memberId: all[0]!.memberId, kommunkod: '0180', name: 'Anna Stock', email: 'anna@stockholm.example',
      landsdel: 'Svealand', huvudgrupp: 'A', kommungrupp: 'A1', lan: 'Stockholms län', population: all[0]!.population,
    });
    assert.ok(all[0]!.population > 900_000);
  });

  it('filters by landsdel, huvudgrupp, kommungrupp and län; an empty list means no restriction', async () => {
    await addMember(ctx, '0180', { email: 'a@stockholm.example' });
    await addMember(ctx, '2584', { email: 'k@kiruna.example' });
    await addMember(ctx, '0643', { email: 'h@habo.example' });
    const codes = async (f: Parameters<typeof listActiveRecipients>[1]) => (await listActiveRecipients(ctx.db, f)).map((r) => r.kommunkod);
    assert.deepEqual(await codes({ landsdel: ['Norrland'] }), ['2584']);
    assert.deepEqual(await codes({ huvudgrupp: ['A'] }), ['0180']);
    assert.deepEqual(await codes({ landsdel: ['Götaland', 'Norrland'], kommungrupp: [] }), ['0643', '2584']);
    assert.deepEqual(await codes({ lan: ['Jönköpings län'] }), ['0643']);
    assert.deepEqual(await codes({ kommungrupp: ['A1', 'C8'], lan: ['Stockholms län'] }), ['0180']);
  });
});
