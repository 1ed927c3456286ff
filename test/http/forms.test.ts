import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';

describe('the 422 form pattern', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('shows an error summary linking to each field, the message by the field, and keeps the values', async () => {
    const admin = await ctx.as('admin');
    const res = await admin.post('/admin/anvandare', { name: 'Anna <b>Test</b>', email: 'inte-en-adress', role: 'nonsense', password: 'kort' });
    assert.equal(res.status, 422);
    assert.match(res.text, /<div class="error-summary" role="alert"/);
    for (const field of ['email', 'role', 'password']) assert.match(res.text, new RegExp(`href="#f-${field}"`), field);
    assert.match(res.text, /<p class="error-message" id="f-email-error">[\s\S]*Ange en e-postadress i rätt format/);
    assert.match(res.text, /aria-describedby="f-email-error"/);
    assert.match(res.text, /value="Anna &lt;b&gt;Test&lt;\/b&gt;"/, 'entered value kept and escaped');
    assert.match(res.text, /<title>Fel: /);
    assert.doesNotMatch(res.text, /at \w+ \(|node_modules|ZodError/);
    const count = await ctx.db.selectFrom('staff_users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1, 'nothing saved');
  });

  it('refuses a common password and a duplicate e-mail with Swedish messages', async () => {
    const admin = await ctx.as('admin');
    const common = await admin.post('/admin/anvandare', { name: 'Anna', email: 'anna@test.example', role: 'viewer', password: 'password' });
    assert.equal(common.status, 422);
    assert.match(common.text, /vanligt|vanliga/i);
    const dup = await admin.post('/admin/anvandare', { name: 'Anna', email: 'admin@test.example', role: 'viewer', password: 'Ett-bra-lösen-2026' });
    assert.equal(dup.status, 422);
    assert.match(dup.text, /finns redan en användare/);
    const ok = await admin.post('/admin/anvandare', { name: 'Anna', email: 'Anna@Test.example ', role: 'viewer', password: 'Ett-bra-lösen-2026' });
    assert.equal(ok.status, 303);
    const row = await ctx.db.selectFrom('staff_users').selectAll().where('email', '=', 'anna@test.example').executeTakeFirst();
    assert.equal(row?.role, 'viewer');
    assert.match(row!.password_hash, /^\$argon2id\$v=19\$m=19456,(t=2,p=1|p=1,t=2)\$/);
  });
});
