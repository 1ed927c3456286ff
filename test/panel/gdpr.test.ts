import assert from 'node:assert/strict';
import { listActiveRecipients } from '../../db/repositories/contacts';
import { insertRegistration } from '../../db/repositories/meetings-registrations';
import { insertMeeting } from '../../db/repositories/meetings';
import { enqueueMail } from '../../server/mail/outbox';
import { replaceContact } from '../../server/services/panel/register';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { addMember, dryRun } from './support';

const MIA = 'mia@malmo.example';

describe('panel GDPR: access and erasure of a contact', () => {
  let ctx: TestContext;
  let admin: StaffClient;
  let mia: number;
  beforeEach(async () => {
    ctx = await createTestContext();
    admin = await ctx.as('admin');
    // Mia was primary, was replaced, and is now the deputy again with the same address: three rows, one person.
    const first = await addMember(ctx, '1280', { name: 'Mia Malm', title: 'Socialchef', email: MIA, phone: '040-11 22 33' });
    await replaceContact(ctx.deps, null, '1280', 'primary', { name: 'Nils Ny', title: null, email: 'nils@malmo.example', phone: null });
    const again = await replaceContact(ctx.deps, null, '1280', 'deputy', { name: 'Mia Malm', title: 'Biträdande', email: MIA, phone: null });
    assert.ok(again.ok);
    mia = again.id;
    assert.notEqual(first, mia);
    await addMember(ctx, '2584', { name: 'Kim Kiruna', email: 'kim@kiruna.example' });
    const mail = (key: string, to: string, contactId: number | null, toName: string) => ({
      key, category: 'invitation', to, toName, contactId, subject: 'Inbjudan till enkät', html: `<p>Hej ${toName}!</p>`, text: `Hej ${toName}! Länk: http://panel.test/svar/abc`,
      headers: { 'List-Unsubscribe': '<http://panel.test/avregistrera/x>' },
    });
    await enqueueMail(ctx.db, mail('sent', MIA, first, 'Mia Malm'), ctx.clock.now());
    await ctx.db.updateTable('outbox').set({ status: 'sent', sent_at: ctx.clock.now().toISOString() }).where('unique_key', '=', 'sent').execute();
    await enqueueMail(ctx.db, mail('queued', 'MIA@malmo.example', null, 'Mia'), ctx.clock.now());
    await enqueueMail(ctx.db, mail('other', 'kim@kiruna.example', null, 'Kim Kiruna'), ctx.clock.now());
    // Mia also registered for a meeting and is on another meeting's pasted invitation list.
    const now = ctx.clock.now().toISOString();
    const meeting = (title: string, list: string | null) => insertMeeting(ctx.db, {
      kind: 'aterkoppling', title, description: 'd', starts_at: '2027-01-10T09:00:00Z', ends_at: '2027-01-10T10:00:00Z', year: 2027,
      meeting_url: 'https://meet.example/x', capacity: 10, registration_deadline: '2027-01-09T22:59:00Z', audience: list ? 'list' : 'panel',
      recipient_emails: list, material_url: null, invitations_sent_at: null, followup_sent_at: null, cancelled_at: null, anonymised_at: null,
      created_at: now, created_by: null, updated_at: now,
    });
    const register = (meetingId: number, name: string, email: string) => insertRegistration(ctx.db, {
      meeting_id: meetingId, email, name, kommunkod: '1280', organisation: 'Malmö stad', role: 'Chef', needs: 'Hörslinga', status: 'registered',
      reminded_revision: null, consented_at: now, created_at: now, updated_at: now, queued_at: null, promoted_at: null, cancelled_at: null, anonymised_at: null,
    });
    const feedback = await meeting('Återkoppling bemanning', null);
    await register(feedback, 'Mia Malm', MIA);
    await register(feedback, 'Kim Kiruna', 'kim@kiruna.example');
    await meeting('Erfarenhetsutbyte', `kim@kiruna.example\n${MIA}\nx@y.example`);
  });
  afterEach(() => ctx.close());

  it('exports everything stored about the person as JSON, and logs it', async () => {
    const res = await admin.post(`/panel/kontakter/${mia}/registerutdrag`);
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type']!, /^application\/json/);
    assert.match(res.headers['content-disposition']!, new RegExp(`attachment; filename="registerutdrag-kontakt-${mia}\\.json"`));
    const data = JSON.parse(res.text);
    assert.deepEqual(data.contactRecords.map((r: { role: string; name: string; email: string; validTo: string | null }) => [r.role, r.name, r.email, r.validTo]), [
      ['primary', 'Mia Malm', MIA, '2026-11-23'], ['deputy', 'Mia Malm', MIA, null],
    ]);
    assert.equal(data.contactRecords[0].phone, '040-11 22 33');
    assert.equal(data.contactRecords[0].municipality, 'Malmö');
    assert.deepEqual(data.mail.map((m: { status: string; to: string }) => [m.status, m.to]), [['sent', MIA], ['queued', 'MIA@malmo.example']]);
    assert.deepEqual(data.changes.map((c: { action: string }) => c.action), ['panel.contact.add', 'panel.contact.add']);
    assert.deepEqual(data.meetingRegistrations.map((r: { meeting: string; name: string; needs: string }) => [r.meeting, r.name, r.needs]), [['Återkoppling bemanning', 'Mia Malm', 'Hörslinga']]);
    assert.ok(!res.text.includes('kim@kiruna.example') && !res.text.includes('Nils Ny'), 'nobody else');
    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'panel.contact.gdpr_export').executeTakeFirstOrThrow();
    assert.deepEqual([audit.staff_email, audit.object_type, audit.object_id], ['admin@test.example', 'contact', String(mia)]);
  });

  it('erases the person everywhere: contact rows, queued and sent mail, pending imports; only that a contact existed remains', async () => {
    const editor = await ctx.as('editor');
    const pending = await dryRun(ctx, editor, 'mia.csv', `kommunkod;namn;e-post\n2584;Mia Malm;${MIA}\n`);
    const unrelated = await dryRun(ctx, editor, 'kim.csv', 'kommunkod;namn;e-post\n2584;Kim Kiruna;kim@kiruna.example\n');

    const refused = await admin.post(`/panel/kontakter/${mia}/radera`, {});
    assert.equal(refused.status, 422);
    assert.match(refused.text, /href="#f-confirm"/);
    const res = await admin.post(`/panel/kontakter/${mia}/radera`, { confirm: 'ja' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/panel/kommuner/1280');

    const rows = await ctx.db.selectFrom('contacts').selectAll().where('erased', '=', 1).orderBy('id').execute();
    assert.equal(rows.length, 2);
    for (const r of rows) {
      assert.equal(r.name, 'Raderad kontaktperson');
      assert.equal(r.email, `raderad-${r.id}@raderad.invalid`);
      assert.deepEqual([r.title, r.phone], [null, null]);
      assert.ok(r.valid_from && r.valid_to, 'the dates remain');
    }
    const outbox = await ctx.db.selectFrom('outbox').selectAll().orderBy('id').execute();
    assert.deepEqual(outbox.map((m) => [m.unique_key, m.status]), [['sent', 'sent'], ['queued', 'cancelled'], ['other', 'queued']]);
    for (const m of outbox.slice(0, 2)) assert.deepEqual([m.to_address, m.to_name, m.text, m.html, m.headers], [`raderad-${mia}@raderad.invalid`, null, '[raderat]', '[raderat]', null]);
    assert.equal(outbox[2]!.to_name, 'Kim Kiruna');
    const imports = await ctx.db.selectFrom('panel_imports').select(['id', 'status', 'rows']).orderBy('id').execute();
    assert.deepEqual(imports.map((i) => [i.id, i.status]), [[pending.id, 'discarded'], [unrelated.id, 'pending']]);

    // Nothing in the register's tables still holds the person's name, address or phone.
    const registrations = await ctx.db.selectFrom('meeting_registrations').selectAll().orderBy('id').execute();
    assert.deepEqual(registrations.map((r) => [r.name, r.email, r.needs, r.status, r.kommunkod]), [
      ['Raderad', null, null, 'registered', '1280'], ['Kim Kiruna', 'kim@kiruna.example', 'Hörslinga', 'registered', '1280'],
    ]);
    const lists = await ctx.db.selectFrom('meetings').select('recipient_emails').where('recipient_emails', 'is not', null).execute();
    assert.deepEqual(lists.map((m) => m.recipient_emails), ['kim@kiruna.example\nx@y.example']);
    for (const table of ['contacts', 'outbox', 'panel_imports', 'audit_log', 'panel_members', 'panel_membership_periods', 'meetings', 'meeting_registrations'] as const) {
      const text = JSON.stringify(await ctx.db.selectFrom(table).selectAll().execute()).toLowerCase();
      for (const needle of [MIA, 'mia malm', '040-11 22 33']) assert.ok(!text.includes(needle), `${needle} in ${table}`);
    }
    assert.deepEqual((await listActiveRecipients(ctx.db)).map((r) => r.name), ['Nils Ny', 'Kim Kiruna']);
    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'panel.contact.erase').executeTakeFirstOrThrow();
    assert.deepEqual([audit.staff_email, audit.object_id, JSON.parse(audit.details!)], ['admin@test.example', String(mia), { contactRows: 2, mail: 2, meetingRegistrations: 1, meetingLists: 1 }]);
    const page = await admin.get('/panel/kommuner/1280');
    assert.match(page.text, /Raderad kontaktperson/);
    assert.equal((await admin.post(`/panel/kontakter/${mia}/registerutdrag`)).status, 404, 'nothing left to hand out');
    assert.equal((await admin.get(`/panel/kontakter/${mia}/radera`)).status, 404);
  });

  it('only admins export or erase', async () => {
    for (const role of ['editor', 'viewer', 'analyst'] as const) {
      const c = await ctx.as(role);
      assert.equal((await c.post(`/panel/kontakter/${mia}/registerutdrag`)).status, 403, role);
      assert.equal((await c.get(`/panel/kontakter/${mia}/radera`)).status, 403, role);
      assert.equal((await c.post(`/panel/kontakter/${mia}/radera`, { confirm: 'ja' })).status, 403, role);
      assert.doesNotMatch((await c.get(`/panel/kontakter/${mia}`)).text, /Radera personuppgifter/, role);
    }
    assert.match((await admin.get(`/panel/kontakter/${mia}`)).text, /Radera personuppgifter/);
    const left = await ctx.db.selectFrom('contacts').select('erased').where('id', '=', mia).executeTakeFirstOrThrow();
    assert.equal(left.erased, 0);
  });
});
