import assert from 'node:assert/strict';
import { createMailer } from '../../server/mail/mailer';
import { drainOutbox } from '../../server/services/drain-outbox';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { createReadyDraft, publish } from './helpers';

describe('lägesbild distribution through the outbox (real loopback SMTP)', function () {
  this.timeout(30000);
  let smtp: TestSmtp;
  let ctx: TestContext;
  let editor: StaffClient;
  let id: number;
  beforeEach(async () => {
    smtp = await startTestSmtp();
    ctx = await createTestContext();
    (ctx.deps as { mailer: unknown }).mailer = createMailer({ smtpUrl: smtp.url });
    editor = await ctx.as('editor');
    id = await createReadyDraft(ctx, editor);
    await publish(ctx, editor, id);
  });
  afterEach(async () => {
    ctx.deps.mailer.close();
    await ctx.close();
    await smtp.close();
  });

  async function createList(form: Record<string, string>): Promise<number> {
    const res = await editor.post('/lagesbilder/mottagarlistor', { attach_pdf: '0', ...form });
    assert.equal(res.status, 303, res.text.slice(0, 500));
    const row = await ctx.db.selectFrom('recipient_lists').select('id').where('name', '=', form.name!).executeTakeFirstOrThrow();
    return row.id;
  }

  it('sends each recipient each version once, however often staff press send, and records who got what', async () => {
    const government = await createList({ name: 'Regeringskansliet', kind: 'addresses', attach_pdf: '1', addresses: 'Registraturen <s.registrator@regeringskansliet.example>' });
    const municipalities = await createList({ name: 'Kommunerna', kind: 'addresses', addresses: 'Ale kommun <registrator@ale.kommun.example>\nÖrebro kommun <registrator@orebro.kommun.example>\nS.Registrator@Regeringskansliet.example' });

    const first = await editor.post(`/lagesbilder/${id}/utskick`, { version: '1', list_id: String(government) });
    assert.equal(first.status, 303);
    await editor.post(`/lagesbilder/${id}/utskick`, { version: '1', list_id: String(government) });
    await editor.post(`/lagesbilder/${id}/utskick`, { version: '1', list_id: String(municipalities) });
    await drainOutbox(ctx.deps);
    await editor.post(`/lagesbilder/${id}/utskick`, { version: '1', list_id: String(municipalities) });
    await drainOutbox(ctx.deps);

    const to = smtp.messages.map((m) => m.envelopeTo[0]).sort();
    assert.deepEqual(to, ['registrator@ale.kommun.example', 'registrator@orebro.kommun.example', 's.registrator@regeringskansliet.example']);
    const gov = smtp.messages.find((m) => m.envelopeTo[0] === 's.registrator@regeringskansliet.example')!;
    assert.equal(gov.subject, 'Lägesbild: Bemanningssituationen inom äldreomsorgen inför sommaren');
    assert.match(gov.text!, /Hej Registraturen,/);
    assert.match(gov.text!, new RegExp(`http://panel.test/arkiv/${id}/version/1`));
    assert.match(gov.raw, /Content-Type: application\/pdf; name=lagesbild-\d+-version-1\.pdf/i);
    const ale = smtp.messages.find((m) => m.envelopeTo[0] === 'registrator@ale.kommun.example')!;
    assert.doesNotMatch(ale.raw, /application\/pdf/i, 'that list gets a link, not an attachment');
    assert.match(ale.text!, /\/version\/1\/pdf/);

    const page = await editor.get(`/lagesbilder/${id}`);
    assert.match(page.text, /3 av 3<\/span>skickade, version 1/);
    assert.match(page.text, /Ale kommun &lt;registrator@ale.kommun.example&gt;/);
    const deliveries = await ctx.db.selectFrom('lagesbild_deliveries').select(['email', 'list_name']).orderBy('email').execute();
    assert.equal(deliveries.length, 3);
    assert.equal(deliveries.find((d) => d.email.startsWith('s.registrator'))!.list_name, 'Regeringskansliet');

    const second = await editor.post(`/lagesbilder/${id}/utskick`, { version: '1', list_id: String(government) });
    const flash = await editor.get(`/lagesbilder/${id}`).set('Cookie', `${editor.cookie}; ${second.headers['set-cookie']![0]!.split(';')[0]}`);
    assert.match(flash.text, /0 meddelanden är lagda i kö för utskick\. 1 på listan hade redan fått version 1/);
  });

  it('a correction (version 2) goes again to those who had version 1, with the change note', async () => {
    const list = await createList({ name: 'Departementet', kind: 'addresses', addresses: 'registrator@departementet.example' });
    await editor.post(`/lagesbilder/${id}/utskick`, { version: '1', list_id: String(list) });
    const rev = await ctx.db.selectFrom('lagesbilder').select('revision').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal((await editor.post(`/lagesbilder/${id}/publicera`, { revision: String(rev.revision), change_note: 'Rättad andel i figur 2.' })).status, 303);
    await editor.post(`/lagesbilder/${id}/utskick`, { version: '2', list_id: String(list) });
    await drainOutbox(ctx.deps);
    assert.equal(smtp.messages.length, 2);
    const correction = smtp.messages.find((m) => m.subject!.startsWith('Rättad'))!;
    assert.match(correction.text!, /version 2/);
    assert.match(correction.text!, /Det här är ändrat: Rättad andel i figur 2\./);
  });

  it('a panel-contacts list reaches the current, subscribed contacts of active members', async () => {
    const member = await ctx.db.insertInto('panel_members').values({ kommunkod: '0114', status: 'active', joined_on: '2024-03-15', left_on: null, status_reason: null, created_at: 'x' }).returning('id').executeTakeFirstOrThrow();
    await ctx.db.insertInto('contacts').values([
      { member_id: member.id, role: 'primary', name: 'Åsa Öberg', title: null, email: 'asa@kommun.example', phone: null, valid_from: '2024-03-15', valid_to: null },
      { member_id: member.id, role: 'primary', name: 'Tidigare', title: null, email: 'gammal@kommun.example', phone: null, valid_from: '2024-01-01', valid_to: '2024-03-14' },
    ]).execute();
    const list = await createList({ name: 'Panelen', kind: 'panel-contacts', addresses: '' });
    assert.equal((await editor.post(`/lagesbilder/${id}/utskick`, { version: '1', list_id: String(list) })).status, 303);
    await drainOutbox(ctx.deps);
    assert.deepEqual(smtp.messages.map((m) => m.envelopeTo[0]), ['asa@kommun.example']);
    assert.match(smtp.messages[0]!.text!, /Hej Åsa Öberg,/);
  });

  it('validates the recipient list and the send form (422, fields kept)', async () => {
    const bad = await editor.post('/lagesbilder/mottagarlistor', { name: 'Fel', kind: 'addresses', addresses: 'ok@example.se\ninte en adress' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /Rad 2 är inte en e-postadress/);
    assert.match(bad.text, /inte en adress<\/textarea>/);
    const noList = await editor.post(`/lagesbilder/${id}/utskick`, { version: '1', list_id: '' });
    assert.equal(noList.status, 422);
    assert.match(noList.text, /href="#f-list_id"/);
  });
});
