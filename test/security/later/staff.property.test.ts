import fc from 'fast-check';
import { assertMailGoesOut, assertNot500, propertySeed, smtpContext, staffText } from './support';

/** A staff user's name, typed by an admin, in the password-reset mail. */
describe('inputs that break later: staff user forms (property)', function () {
  this.timeout(300_000);
  let env: Awaited<ReturnType<typeof smtpContext>>;
  const seed = propertySeed('staff users');
  before(async () => { env = await smtpContext(); });
  after(() => env.close());

  it('never make the reset mail or the admin pages fail', async () => {
    let run = 0;
    await fc.assert(fc.asyncProperty(staffText(120), async (name) => {
      const { ctx } = env;
      run++;
      const admin = await ctx.as('admin');
      const created = await admin.post('/admin/anvandare', { name, email: `u${run}@test.example`, role: 'viewer', password: 'Ett-bra-lösen-2026' });
      assertNot500(created, 'create user');
      const user = await ctx.db.selectFrom('staff_users').select('id').where('email', '=', `u${run}@test.example`).executeTakeFirst();
      if (!user) return;
      assertNot500(await admin.post(`/admin/anvandare/${user.id}/aterstall-losenord`), 'force reset');
      for (const path of ['/admin/anvandare', `/admin/anvandare/${user.id}`]) assertNot500(await admin.get(path), path);
      await assertMailGoesOut(ctx, `reset mail for ${JSON.stringify(name)}`);
    }), { numRuns: 10, seed });
  });
});
