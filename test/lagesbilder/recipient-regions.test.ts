import assert from 'node:assert/strict';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { createReadyDraft, publish } from './helpers';

// Issue 18: a recipient list can name RSS regions; the panel municipalities' contacts in them get the mailing.
describe('recipient lists by RSS region', function () {
  this.timeout(30000);
  let ctx: TestContext;
  let editor: StaffClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
  });
  afterEach(() => ctx.close());

  async function member(kommunkod: string, email: string, status: 'active' | 'left' = 'active'): Promise<void> {
    const m = await ctx.db.insertInto('panel_members').values({ kommunkod, status, joined_on: '2024-03-15', left_on: null, status_reason: null, created_at: 'x' }).returning('id').executeTakeFirstOrThrow();
    await ctx.db.insertInto('contacts').values({ member_id: m.id, role: 'primary', name: `Chef ${kommunkod}`, title: null, email, phone: null, valid_from: '2024-03-15', valid_to: null }).execute();
  }

  it('offers the 24 regions as checkboxes grouped by län, Västra Götaland in a fieldset of its own', async () => {
    const page = (await editor.get('/lagesbilder/mottagarlistor/ny').expect(200)).text;
    assert.match(page, /<legend class="fieldset__legend">RSS-regioner \(regional stödstruktur\)<\/legend>/);
    assert.equal((page.match(/name="regions" type="checkbox"/g) ?? []).length, 24);
    assert.match(page, /<legend class="fieldset__legend fieldset__legend--small">Västra Götalands län<\/legend>[\s\S]*Boråsregionen[\s\S]*Fyrbodal[\s\S]*Göteborgsregionen[\s\S]*Skaraborg[\s\S]*<\/fieldset>/);
    assert.match(page, /id="f-regions" name="regions" type="checkbox" value="01"/);
    assert.match(page, /for="f-regions-14S">Skaraborg</);
  });

  it('sends to the typed addresses and to the active panel contacts in the chosen regions, once each', async () => {
    await member('1496', 'chef@skovde.example'); // Skaraborg
    await member('0380', 'chef@uppsala.example'); // Uppsala län
    await member('1480', 'chef@goteborg.example'); // Göteborgsregionen: not chosen
    await member('0114', 'chef@vasby.example', 'left'); // Stockholms län: not chosen, and has left
    const created = await editor.post('/lagesbilder/mottagarlistor', {
      name: 'Skaraborg och Uppsala', kind: 'addresses', attach_pdf: '0', regions: ['14S', '03'],
      addresses: 'Länsstyrelsen <registrator@lansstyrelsen.example>\nCHEF@skovde.example',
    });
    assert.equal(created.status, 303, created.text.slice(0, 800));
    const list = await ctx.db.selectFrom('recipient_lists').select('id').where('name', '=', 'Skaraborg och Uppsala').executeTakeFirstOrThrow();
    const stored = await ctx.db.selectFrom('recipient_list_regions').select('rss_code').where('list_id', '=', list.id).orderBy('rss_code').execute();
    assert.deepEqual(stored.map((r) => r.rss_code), ['03', '14S']);

    const lists = (await editor.get('/lagesbilder/mottagarlistor').expect(200)).text;
    assert.match(lists, /2 adresser<br>Kontaktpersoner i Uppsala län, Skaraborg/);
    const edit = (await editor.get(`/lagesbilder/mottagarlistor/${list.id}`).expect(200)).text;
    assert.match(edit, /value="14S" checked/);
    assert.match(edit, /value="03" checked/);
    assert.doesNotMatch(edit, /value="14G" checked/);

    const id = await createReadyDraft(ctx, editor);
    assert.equal((await publish(ctx, editor, id)).status, 303);
    assert.equal((await editor.post(`/lagesbilder/${id}/utskick`, { version: '1', list_id: String(list.id) })).status, 303);
    const outbox = await ctx.db.selectFrom('outbox').select('to_address').where('category', '=', 'lagesbild').orderBy('to_address').execute();
    assert.deepEqual(outbox.map((o) => o.to_address), ['chef@skovde.example', 'chef@uppsala.example', 'registrator@lansstyrelsen.example']);
  });

  it('a list may consist of regions only; changing it replaces its regions', async () => {
    await member('1480', 'chef@goteborg.example');
    assert.equal((await editor.post('/lagesbilder/mottagarlistor', { name: 'Göteborg', kind: 'addresses', addresses: '', regions: '14G' })).status, 303);
    const list = await ctx.db.selectFrom('recipient_lists').select('id').where('name', '=', 'Göteborg').executeTakeFirstOrThrow();
    assert.equal((await editor.post(`/lagesbilder/mottagarlistor/${list.id}`, { name: 'Göteborg', kind: 'addresses', addresses: '', regions: ['14B', '14F'] })).status, 303);
    const stored = await ctx.db.selectFrom('recipient_list_regions').select('rss_code').where('list_id', '=', list.id).orderBy('rss_code').execute();
    assert.deepEqual(stored.map((r) => r.rss_code), ['14B', '14F']);
  });

  it('refuses unknown regions, regions on a panel-contacts list and a list with neither addresses nor regions (422)', async () => {
    const unknown = await editor.post('/lagesbilder/mottagarlistor', { name: 'Fel', kind: 'addresses', addresses: 'a@example.se', regions: ['03', '99'] });
    assert.equal(unknown.status, 422);
    assert.match(unknown.text, /href="#f-regions">Välj regioner i listan/);
    assert.match(unknown.text, /value="03" checked/, 'the choices are kept');
    const panel = await editor.post('/lagesbilder/mottagarlistor', { name: 'Fel', kind: 'panel-contacts', addresses: '', regions: '03' });
    assert.equal(panel.status, 422);
    assert.match(panel.text, /Panelens alla kontaktpersoner får redan utskicket/);
    const empty = await editor.post('/lagesbilder/mottagarlistor', { name: 'Fel', kind: 'addresses', addresses: '' });
    assert.equal(empty.status, 422);
    assert.match(empty.text, /Skriv minst en e-postadress eller välj minst en RSS-region/);
    const bad = await editor.post('/lagesbilder/mottagarlistor', { name: 'Fel', kind: 'addresses', addresses: '', regions: 'x; drop' });
    assert.equal(bad.status, 422);
    assert.equal((await ctx.db.selectFrom('recipient_lists').selectAll().execute()).length, 0);
  });

  it('only editors and admins keep recipient lists', async () => {
    const analyst = await ctx.as('analyst');
    assert.equal((await analyst.post('/lagesbilder/mottagarlistor', { name: 'X', kind: 'addresses', addresses: '', regions: '03' })).status, 403);
  });
});
