import assert from 'node:assert/strict';
import { countAll } from '../../db/sql';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { addMember, dryRun } from './support';

const HEADER = 'kommunkod;kommun;namn;titel;e-post;telefon';

/** The dry-run table's rows as [line, status, reason text]. */
function rowsOf(html: string): [number, string, string][] {
  const body = /<caption>Alla rader i filen<\/caption>[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>\s*<th scope="row">(\d+)<\/th>[\s\S]*?<span class="tag [^"]+">([^<]+)<\/span><\/td>\s*<td>([\s\S]*?)<\/td>\s*<\/tr>/g)]
    .map((m) => [Number(m[1]), m[2]!, m[3]!.replace(/&#3[49];|&quot;/g, '"').trim()]);
}

describe('panel import: dry run', () => {
  let ctx: TestContext;
  let editor: StaffClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
    await addMember(ctx, '0180', { name: 'Anna Stock', title: 'Äldreomsorgschef', email: 'anna@stockholm.example' });
    await addMember(ctx, '1280', { name: 'Mia Malm', title: 'Socialchef', email: 'm@malmo.example' });
    await addMember(ctx, '1480', { name: 'Gun Göt', email: 'g@goteborg.example' });
    await addMember(ctx, '2580', { name: 'Lu Lea', email: 'l@lulea.example' });
  });
  afterEach(() => ctx.close());

  it('lists every row as new, changed, unchanged or error with the reason for each error kind, and changes nothing', async () => {
    const file = [
      HEADER,
      '0180;Stockholm;Anna Stock;Äldreomsorgschef;anna@stockholm.example;', // 2 unchanged
      '1280;Malmö;Mia Malm;Förvaltningschef;M@Malmo.example;040-12 34 56', // 3 changed (title, phone), e-mail normalised
      '2584;Kiruna;Kim Kiruna;;kim@kiruna.example;', // 4 new member
      '9999;;Xa Yb;;x@y.example;', // 5 unknown kommunkod
      ';Hàbo;Hel Ga;;h@habo.example;', // 6 ambiguous name (Håbo or Habo)
      '0114;;Ulla Upp;;inte-en-adress;', // 7 invalid e-mail
      '2584;;Kim Igen;;kim2@kiruna.example;', // 8 duplicate row (same municipality and role as 4)
      '0643;Habo;Hans Hab;;L@lulea.example;', // 9 e-mail of another member
      '0127;Botkyrka;Ny Person;;kim@kiruna.example;', // 10 duplicate e-mail in the file
      '1480;;Greta Ny;;greta@goteborg.example;', // 11 replaces Gun
      '0305;Håbo;Hå Bo;;habo@habo.example;', // 12 new: exact name Håbo is Håbo
      '0184;Solna;;;s@solna.example;', // 13 name missing for a new contact
    ].join('\n');
    const { page } = await dryRun(ctx, editor, 'panel.csv', file);
    assert.equal(page.status, 200);
    const rows = rowsOf(page.text);
    assert.deepEqual(rows.map(([line, status]) => [line, status]), [
      [2, 'Oförändrad'], [3, 'Ändras'], [4, 'Ny'], [5, 'Fel'], [6, 'Fel'], [7, 'Fel'], [8, 'Fel'], [9, 'Fel'], [10, 'Fel'], [11, 'Ändras'], [12, 'Ny'], [13, 'Fel'],
    ]);
    const reason = (line: number) => rows.find((r) => r[0] === line)![2];
    assert.match(reason(3), /Ändrar titel, telefon för Mia Malm/);
    assert.match(reason(4), /Kommunen läggs till i panelen\. Kim Kiruna blir ordinarie kontaktperson/);
    assert.match(reason(5), /Det finns ingen kommun med kommunkod 9999/);
    assert.match(reason(6), /Namnet ”Hàbo” kan avse Håbo \(0305\) eller Habo \(0643\)\. Ange kommunkod/);
    assert.match(reason(7), /Ogiltig e-postadress ”inte-en-adress”/);
    assert.match(reason(8), /Dubblett: rad 4 gäller redan ordinarie kontaktperson i Kiruna/);
    assert.match(reason(9), /E-postadressen används redan av en kontaktperson för Luleå/);
    assert.match(reason(10), /Dubblett: e-postadressen finns redan på rad 4/);
    assert.match(reason(11), /Greta Ny ersätter Gun Göt som ordinarie kontaktperson\. Gun Göt sparas i historiken/);
    assert.match(reason(13), /Namn saknas för den nya ordinarie kontaktperson/);
    assert.match(page.text, /Genomför importen/);
    const members = await ctx.db.selectFrom('panel_members').select(countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(members.n, 4, 'a dry run changes nothing');
    const contacts = await ctx.db.selectFrom('contacts').select(countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(contacts.n, 4);
  });

  it('checks code and name together, accepts three-digit codes and a role column', async () => {
    const file = ['kommunkod,kommun,roll,namn,e-post', '180,Stockholm,ersättare,Bo Dep,bo@stockholm.example', '1280,Stockholm,,X Y,xy@malmo.example', '1280,Malmö,chef,Z Z,z@malmo.example'].join('\r\n');
    const rows = rowsOf((await dryRun(ctx, editor, 'roller.csv', file)).page.text);
    assert.deepEqual(rows.map((r) => r[1]), ['Ny', 'Fel', 'Fel']);
    assert.match(rows[0]![2], /Kommunkoden 180 lästes som 0180.*Bo Dep blir ersättare/);
    assert.match(rows[1]![2], /Kommunkoden 1280 hör till Malmö, inte Stockholm/);
    assert.match(rows[2]![2], /Okänd roll ”chef”/);
  });

  it('refuses a file without a usable header with a clear message (422), and without a file', async () => {
    const { upload } = await import('./support');
    const res = await upload(ctx, editor, 'fel.csv', 'namn;telefon\nAnna;070\n');
    assert.equal(res.status, 422);
    assert.match(res.text, /Kolumnen ”e-post” saknas\. Kolumnen ”kommunkod” eller ”kommun” saknas/);
    assert.match(res.text, /href="#f-fil"/);
    const none = await editor.post('/panel/import', {});
    assert.equal(none.status, 422);
    assert.match(none.text, /Välj en fil att ladda upp/);
  });
});
