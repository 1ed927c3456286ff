import assert from 'node:assert/strict';
import { listContactHistoryOfMember } from '../../db/repositories/contacts';
import { EMAIL_TAKEN } from '../../server/services/panel/contact-ops';
import { replaceContact } from '../../server/services/panel/register';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { addMember, follow } from './support';

describe('panel contacts', () => {
  let ctx: TestContext;
  let editor: StaffClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
    await addMember(ctx, '1280', { name: 'Mia Malm', title: 'Socialchef', email: 'mia@malmo.example' });
    await addMember(ctx, '2584', { name: 'Kim Kiruna', email: 'kim@kiruna.example' });
  });
  afterEach(() => ctx.close());
  const memberId = async (kod: string) => (await ctx.db.selectFrom('panel_members').select('id').where('kommunkod', '=', kod).executeTakeFirstOrThrow()).id;

  it('replacing a contact (a plain form post, no JavaScript) keeps the old one as history with valid-from/valid-to', async () => {
    ctx.clock.set('2026-12-01T10:00:00Z');
    editor = await ctx.as('editor');
    const res = await editor.post('/panel/kommuner/1280/kontakt/ordinarie', { name: ' Nils  Ny ', title: 'Äldreomsorgschef', email: ' Nils.Ny@Malmo.EXAMPLE ', phone: '040-34 56 78' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/panel/kommuner/1280');
    const page = await follow(ctx, editor, res);
    assert.match(page.text, /Nils Ny har ersatt Mia Malm\. Mia Malm finns kvar i historiken/);
    const history = await listContactHistoryOfMember(ctx.db, await memberId('1280'));
    assert.deepEqual(history.map((c) => [c.name, c.email, c.valid_from, c.valid_to]), [
      ['Nils Ny', 'nils.ny@malmo.example', '2026-12-01', null],
      ['Mia Malm', 'mia@malmo.example', '2026-11-23', '2026-12-01'],
    ]);
    assert.match(page.text, /Kontaktpersoner över tid[\s\S]*Nils Ny[\s\S]*Mia Malm[\s\S]*Avslutad/);
  });

  it('refuses an e-mail that is active for another member (service, form and database)', async () => {
    const res = await editor.post('/panel/kommuner/1280/kontakt/ersattare', { name: 'Dubbel', email: 'KIM@kiruna.example' });
    assert.equal(res.status, 422);
    assert.match(res.text, /<p class="error-message" id="f-email-error">[\s\S]*används redan av en annan aktiv kontaktperson/);
    assert.match(res.text, /value="KIM@kiruna.example"/, 'the value is kept');
    // The partial unique index holds even if a bug skipped the check.
    await assert.rejects(ctx.db.insertInto('contacts').values({ member_id: await memberId('1280'), role: 'deputy', name: 'X', title: null, email: 'kim@kiruna.example', phone: null, valid_from: '2026-01-01', valid_to: null }).execute());
    await assert.rejects(ctx.db.insertInto('contacts').values({ member_id: await memberId('1280'), role: 'primary', name: 'Två', title: null, email: 'tva@malmo.example', phone: null, valid_from: '2026-01-01', valid_to: null }).execute(), 'one active primary per member');
    // An ended or erased contact's address is free again.
    await ctx.db.insertInto('contacts').values({ member_id: await memberId('1280'), role: 'deputy', name: 'X', title: null, email: 'kim@kiruna.example', phone: null, valid_from: '2026-01-01', valid_to: '2026-02-01' }).execute();
  });

  it('gives one address to exactly one of several concurrent requests; the others are refused, not failed', async () => {
    const codes = ['0114', '0115', '0117', '0120', '0123', '0125'];
    for (const [i, kod] of codes.entries()) await addMember(ctx, kod, { email: `p${i}@x.example` });
    const results = await Promise.all(codes.map((kod) => replaceContact(ctx.deps, null, kod, 'deputy', { name: 'Samma', title: null, email: 'samma@x.example', phone: null })));
    assert.equal(results.filter((r) => r.ok).length, 1);
    assert.ok(results.every((r) => r.ok || r.message === EMAIL_TAKEN));
  });

  it('shows 422 with an error summary for invalid contact fields', async () => {
    const res = await editor.post('/panel/kommuner/1280/kontakt/ordinarie', { name: '', email: 'inte en adress', phone: 'ring mig' });
    assert.equal(res.status, 422);
    for (const f of ['name', 'email', 'phone']) assert.match(res.text, new RegExp(`href="#f-${f}"`));
    assert.match(res.text, /Ange namn/);
    assert.match(res.text, /Ange en e-postadress i rätt format/);
  });

  it('corrects details of the same person in place; a new address clears the bounce flag', async () => {
    const mia = await ctx.db.selectFrom('contacts').selectAll().where('email', '=', 'mia@malmo.example').executeTakeFirstOrThrow();
    await ctx.db.updateTable('contacts').set({ bounced: 1 }).where('id', '=', mia.id).execute();
    const res = await editor.post(`/panel/kontakter/${mia.id}/andra`, { name: 'Mia Malm', title: 'Förvaltningschef', email: 'mia.malm@malmo.example', phone: '' });
    assert.equal(res.status, 303);
    const after = await ctx.db.selectFrom('contacts').selectAll().where('id', '=', mia.id).executeTakeFirstOrThrow();
    assert.deepEqual([after.title, after.email, after.bounced, after.valid_to], ['Förvaltningschef', 'mia.malm@malmo.example', 0, null]);
    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'panel.contact.update').executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(audit.details!), { fields: ['title', 'email'] });
    assert.equal(audit.staff_email, 'editor@test.example');
  });

  it('ends a contact and lists members without a usable primary contact as needing attention', async () => {
    const kim = await ctx.db.selectFrom('contacts').selectAll().where('email', '=', 'kim@kiruna.example').executeTakeFirstOrThrow();
    await ctx.db.updateTable('contacts').set({ bounced: 1 }).where('email', '=', 'mia@malmo.example').execute();
    await addMember(ctx, '0180', { name: 'Sten Sthlm', email: 's@stockholm.example' });
    await ctx.db.updateTable('contacts').set({ unsubscribed: 1 }).where('email', '=', 's@stockholm.example').execute();
    assert.equal((await editor.post(`/panel/kontakter/${kim.id}/avsluta`)).status, 303);
    assert.equal((await editor.post(`/panel/kontakter/${kim.id}/avsluta`)).status, 404, 'an ended contact cannot be ended again');
    const page = await (await ctx.as('viewer')).get('/panel/atgarder');
    assert.equal(page.status, 200);
    const rows = [...page.text.matchAll(/<tr><th scope="row"><a href="\/panel\/kommuner\/(\d{4})">[^<]+<\/a><\/th><td>[^<]+<\/td><td>([^<]+)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(rows, [['2584', 'Ingen ordinarie kontaktperson'], ['1280', 'E-post till Mia Malm studsar'], ['0180', 'Sten Sthlm har avanmält sig']]);
    const start = await editor.get('/panel');
    assert.match(start.text, /Behöver åtgärdas \(3\)/);
  });
});
