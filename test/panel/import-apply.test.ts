import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { listActiveRecipients } from '../../db/repositories/contacts';
import { replaceContact } from '../../server/services/panel/register';
import { countAll } from '../../db/sql';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { addMember, dryRun, follow } from './support';

/** A trigger that makes the database itself refuse inserting a contact with this address. */
async function failInsertsOf(ctx: TestContext, email: string): Promise<void> {
  if (ctx.deps.dialect === 'sqlite') {
    await sql.raw(`create trigger refuse_contact before insert on contacts when new.email = '${email}' begin select raise(abort, 'refused'); end`).execute(ctx.db);
    return;
  }
  await sql.raw(`create function refuse_contact() returns trigger as $$ begin if new.email = '${email}' then raise exception 'refused'; end if; return new; end $$ language plpgsql`).execute(ctx.db);
  await sql.raw('create trigger refuse_contact before insert on contacts for each row execute function refuse_contact()').execute(ctx.db);
}

describe('panel import: apply', () => {
  let ctx: TestContext;
  let editor: StaffClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
    await addMember(ctx, '1280', { name: 'Mia Malm', title: 'Socialchef', email: 'm@malmo.example' });
    await addMember(ctx, '1480', { name: 'Gun Göt', email: 'g@goteborg.example' });
  });
  afterEach(() => ctx.close());

  const file = [
    'kommunkod;namn;titel;e-post;telefon',
    '1280;;Förvaltningschef;m@malmo.example;040-12', // changed in place
    '1480;Greta Ny;;greta@goteborg.example;', // replaces Gun
    '2584;Kim Kiruna;Äldreomsorgschef;kim@kiruna.example;', // new member
    '9999;Fel Kod;;fel@x.example;', // error row: skipped
  ].join('\n');

  it('applies every valid row in one go, keeps the replaced contact as history and logs each change', async () => {
    const { id, page } = await dryRun(ctx, editor, 'panel.csv', file);
    assert.match(page.text, /Rader med fel hoppas över/);
    const res = await editor.post(`/panel/import/${id}`);
    assert.equal(res.status, 303);
    const after = await follow(ctx, editor, res);
    assert.match(after.text, /Importen är genomförd: 1 nya och 2 ändrade rader/);
    assert.match(after.text, /Importen genomfördes/);

    const recipients = await listActiveRecipients(ctx.db);
    assert.deepEqual(recipients.map((r) => [r.kommunkod, r.name, r.email]), [
      ['1280', 'Mia Malm', 'm@malmo.example'], ['1480', 'Greta Ny', 'greta@goteborg.example'], ['2584', 'Kim Kiruna', 'kim@kiruna.example'],
    ]);
    const malmo = await ctx.db.selectFrom('contacts').selectAll().where('email', '=', 'm@malmo.example').executeTakeFirstOrThrow();
    assert.deepEqual([malmo.title, malmo.phone], ['Förvaltningschef', '040-12']);
    const gun = await ctx.db.selectFrom('contacts').selectAll().where('email', '=', 'g@goteborg.example').executeTakeFirstOrThrow();
    assert.equal(gun.valid_to, '2026-11-23', 'the replaced contact is ended, not deleted');
    const kiruna = await ctx.db.selectFrom('panel_members').selectAll().where('kommunkod', '=', '2584').executeTakeFirstOrThrow();
    assert.deepEqual([kiruna.status, kiruna.joined_on], ['active', '2026-11-23']);

    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'object_type', 'staff_email']).where('action', 'like', 'panel.%').where('staff_email', '=', 'editor@test.example').orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['panel.contact.update', 'panel.contact.replace', 'panel.member.join', 'panel.contact.add', 'panel.import.apply']);
    const imp = await ctx.db.selectFrom('panel_imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(imp.status, 'applied');
    assert.equal(imp.rows, null, 'the rows (personal data) are not kept after the import');

    const again = await editor.post(`/panel/import/${id}`);
    assert.equal(again.status, 409);
    assert.match(again.text, /redan genomförd/);
    assert.equal((await listActiveRecipients(ctx.db)).length, 3, 'applying twice changes nothing');
  });

  it('applies nothing when a row fails at apply time (atomic), and shows the rows again', async () => {
    const { id } = await dryRun(ctx, editor, 'panel.csv', file);
    // Between the dry run and the apply, someone gives Kim's address to Malmö's deputy: row 4 would now fail.
    await replaceContact(ctx.deps, null, '1280', 'deputy', { name: 'Kim Annan', title: null, email: 'kim@kiruna.example', phone: null });
    const res = await editor.post(`/panel/import/${id}`);
    assert.equal(res.status, 409);
    assert.match(res.text, /ingenting har importerats/);
    assert.match(res.text, /E-postadressen används redan av en kontaktperson för Malmö/);
    const malmo = await ctx.db.selectFrom('contacts').selectAll().where('email', '=', 'm@malmo.example').executeTakeFirstOrThrow();
    assert.equal(malmo.title, 'Socialchef', 'row 2 was valid but is not applied');
    const gun = await ctx.db.selectFrom('contacts').selectAll().where('email', '=', 'g@goteborg.example').executeTakeFirstOrThrow();
    assert.equal(gun.valid_to, null);
    const members = await ctx.db.selectFrom('panel_members').select(countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(members.n, 2);
    const imports = await ctx.db.selectFrom('audit_log').select(countAll().as('n')).where('action', '=', 'panel.import.apply').executeTakeFirstOrThrow();
    assert.equal(imports.n, 0);

    // After review the remaining valid rows can be applied.
    const retry = await editor.post(`/panel/import/${id}`);
    assert.equal(retry.status, 303);
    assert.deepEqual((await listActiveRecipients(ctx.db)).map((r) => r.kommunkod), ['1280', '1480']);
  });

  it('rolls back rows already written when the database refuses a later row', async () => {
    const { id } = await dryRun(ctx, editor, 'panel.csv', file);
    await failInsertsOf(ctx, 'kim@kiruna.example'); // the last valid row; rows 2 and 3 are written before it
    const res = await editor.post(`/panel/import/${id}`);
    assert.equal(res.status, 409);
    assert.match(res.text, /tekniskt fel, så ingenting har importerats/);
    const malmo = await ctx.db.selectFrom('contacts').selectAll().where('email', '=', 'm@malmo.example').executeTakeFirstOrThrow();
    assert.equal(malmo.title, 'Socialchef');
    const gun = await ctx.db.selectFrom('contacts').selectAll().where('email', '=', 'g@goteborg.example').executeTakeFirstOrThrow();
    assert.equal(gun.valid_to, null);
    assert.equal((await ctx.db.selectFrom('panel_members').select(countAll().as('n')).executeTakeFirstOrThrow()).n, 2);
    assert.equal((await ctx.db.selectFrom('audit_log').select(countAll().as('n')).executeTakeFirstOrThrow()).n, 4, 'only the setup wrote audit entries');
    assert.ok(!ctx.logs.some((l) => l.includes('kim@kiruna.example')), 'the address is not logged');
  });

  it('only editors and admins import; a dry run from yesterday cannot be applied', async () => {
    const viewer = await ctx.as('viewer');
    assert.equal((await viewer.get('/panel/import')).status, 403);
    const { id } = await dryRun(ctx, editor, 'panel.csv', file);
    assert.equal((await viewer.get(`/panel/import/${id}`)).status, 403);
    assert.equal((await viewer.post(`/panel/import/${id}`)).status, 403);
    ctx.clock.advanceMinutes(25 * 60);
    const res = await (await ctx.as('editor')).post(`/panel/import/${id}`);
    assert.equal(res.status, 409);
    assert.match(res.text, /äldre än ett dygn/);
  });
});
