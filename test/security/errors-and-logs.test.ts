import assert from 'node:assert/strict';
import supertest from 'supertest';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { addMember, dryRun } from '../panel/support';

const PERSON = { name: 'Hemliga Henrietta Persson', title: 'Äldreomsorgschef', email: 'henrietta.persson@kommunen.example', phone: '070-174 06 42' };
const secrets = Object.values(PERSON).concat(['henrietta', 'Persson', '1740642']);

/** An error page as the checklist wants it: Swedish, nothing technical; a 500 shows the request id as error code. */
function assertPlainErrorPage(res: supertest.Response, status: number, where: string): void {
  assert.equal(res.status, status, where);
  assert.match(res.text, /<html lang="sv">/, where);
  if (status >= 500) assert.ok(res.text.includes(String(res.headers['x-request-id'])), `${where}: request id shown as error code`);
  assert.doesNotMatch(res.text, /Error\b|\bat .*\.(ts|js)|node_modules|\/work\/|select |insert |sqlite|postgres|URIError|Multipart/i, where);
}

describe('error pages and logs (checklist 13 and personal data in logs)', () => {
  let ctx: TestContext;
  let editor: StaffClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
  });
  afterEach(async () => { try { await ctx.close(); } catch { /* the database was destroyed on purpose */ } });

  it('answers broken requests with a Swedish 400 or 404, never a stack trace or 500', async () => {
    assertPlainErrorPage(await editor.get('/panel/kommuner/%E0%A4%A'), 400, 'bad percent-encoding');
    for (const path of ['/panel/kontakter/abc', '/panel/kontakter/1e3', '/panel/kontakter/-1', '/panel/kommuner/12345', '/panel/import/0']) {
      assertPlainErrorPage(await editor.get(path), 404, path);
    }
    assert.equal(ctx.logs.filter((l) => l.includes('request failed')).length, 0, 'client errors are not logged as failures');
  });

  it('answers broken or oversized multipart bodies with a Swedish 400 or 413, not a 500', async () => {
    const post = () => supertest(ctx.app).post(`/panel/import?_csrf=${editor.csrf}`).set('Cookie', editor.cookie);
    const broken = await post().set('Content-Type', 'multipart/form-data; boundary=xyz')
      .send('--xyz\r\nContent-Disposition: form-data; name="fil"\r\n\r\nno end');
    assertPlainErrorPage(broken, 400, 'broken multipart');
    const twoFiles = await post().attach('fil', Buffer.from('a'), 'a.csv').attach('fil2', Buffer.from('b'), 'b.csv');
    assertPlainErrorPage(twoFiles, 413, 'two files');
    const bigField = await post().field('x', 'y'.repeat(200_000));
    assertPlainErrorPage(bigField, 413, 'a 200 kB text field');
  });

  it('a database failure while saving a contact: Swedish 500, logged once, without the personal data that was sent', async () => {
    await addMember(ctx, '1280', { email: 'mia@malmo.example' });
    await ctx.deps.db.destroy();
    const res = await editor.post('/panel/kommuner/1280/kontakt/ersattare', PERSON);
    assertPlainErrorPage(res, 500, 'database gone');
    const id = String(res.headers['x-request-id']);
    assert.equal(ctx.logs.filter((l) => l.includes(id) && l.includes('request failed')).length, 1);
    const all = ctx.logs.join('\n');
    for (const s of secrets) assert.ok(!all.includes(s), `log holds ${s}`);
  });

  it('logs no names, e-mail addresses or phone numbers through the whole life of a contact', async () => {
    const admin = await ctx.as('admin');
    await addMember(ctx, '1280', { email: 'mia@malmo.example' });
    assert.equal((await editor.post('/panel/kommuner/1280/kontakt/ersattare', PERSON)).status, 303);
    const contact = await ctx.db.selectFrom('contacts').select('id').where('email', '=', PERSON.email).executeTakeFirstOrThrow();
    await editor.post(`/panel/kontakter/${contact.id}/andra`, { ...PERSON, title: 'Förvaltningschef' });
    await editor.post('/panel/kommuner/1280/kontakt/ersattare', { ...PERSON, email: 'fel' });
    const { id } = await dryRun(ctx, editor, 'p.csv', `kommunkod;namn;e-post;telefon\n1280;${PERSON.name};${PERSON.email};${PERSON.phone}\n0114;${PERSON.name};x@upplands-vasby.example;\n`);
    await editor.post(`/panel/import/${id}`);
    for (const path of ['/panel/kommuner/1280', `/panel/kontakter/${contact.id}`, '/panel/export.csv', '/admin/logg']) await admin.get(path);
    assert.equal((await admin.post(`/panel/kontakter/${contact.id}/registerutdrag`)).status, 200);
    assert.equal((await admin.post(`/panel/kontakter/${contact.id}/radera`, { confirm: 'ja' })).status < 500, true);
    assert.ok(ctx.logs.length >= 10, 'requests were logged');
    const all = ctx.logs.join('\n');
    for (const s of secrets) assert.ok(!all.includes(s), `log holds ${s}`);
    assert.ok(!all.includes('127.0.0.1') && !all.includes('::ffff'), 'no client address');
    assert.ok(!/"url"|"query"|"cookie"|"user-agent"|"referer"/i.test(all), 'no raw request details');
  });
});
