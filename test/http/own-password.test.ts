import assert from 'node:assert/strict';
import supertest from 'supertest';
import { createTestContext, csrfFrom, mergeCookies, TEST_PASSWORD, type TestContext } from '../support/context';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { runJob } from '../waves/jobs';
import { cleanupExpiredSessions } from '../../server/services/maintenance';
import { MAX_WRONG_CURRENT } from '../../server/services/own-password';

async function loginStatus(ctx: TestContext, email: string, password: string): Promise<number> {
  const page = await supertest(ctx.app).get('/logga-in');
  const cookie = mergeCookies('', page.headers['set-cookie']);
  const res = await supertest(ctx.app).post('/logga-in').set('Cookie', cookie).type('form').send({ _csrf: csrfFrom(page.text), email, password });
  return res.status;
}

const NEW_PASSWORD = 'Ett-nytt-och-långt-lösen-7';
const fieldError = (html: string, field: string) => new RegExp(`id="f-${field}-error"[^>]*>([\\s\\S]*?)</p>`).exec(html)?.[1] ?? '';

describe('staff change their own password (ASVS 6.2)', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('needs the current password and the same strength rules as creation', async () => {
    const me = await ctx.as('editor');
    assert.equal((await me.get('/konto/losenord')).status, 200);
    const wrong = await me.post('/konto/losenord', { current: 'inte-mitt-losenord', password: NEW_PASSWORD });
    assert.equal(wrong.status, 422);
    assert.match(fieldError(wrong.text, 'current'), /Nuvarande lösenord stämmer inte/);
    const common = await me.post('/konto/losenord', { current: TEST_PASSWORD, password: 'password123' });
    assert.equal(common.status, 422);
    assert.match(fieldError(common.text, 'password'), /för vanligt/);
    const short = await me.post('/konto/losenord', { current: TEST_PASSWORD, password: 'kort' });
    assert.match(fieldError(short.text, 'password'), /minst 8 tecken/);
    assert.equal(await loginStatus(ctx, 'editor@test.example', TEST_PASSWORD), 303, 'nothing changed');
  });

  it('stops guessing of the current password from a (stolen) session after five wrong tries', async () => {
    const me = await ctx.as('editor');
    for (let i = 0; i < MAX_WRONG_CURRENT; i++) assert.equal((await me.post('/konto/losenord', { current: `gissning-${i}`, password: NEW_PASSWORD })).status, 422);
    const blocked = await me.post('/konto/losenord', { current: TEST_PASSWORD, password: NEW_PASSWORD });
    assert.equal(blocked.status, 429, 'even the right one, for now');
    assert.match(fieldError(blocked.text, 'current'), /För många felaktiga försök/);
    ctx.clock.advanceMinutes(16);
    const again = await ctx.as('editor');
    assert.equal((await again.post('/konto/losenord', { current: TEST_PASSWORD, password: NEW_PASSWORD })).status, 303);
  });

  it('changes it, ends the user\'s other sessions (not this one) and writes an audit entry', async () => {
    const me = await ctx.as('editor');
    const other = await ctx.as('editor');
    const colleague = await ctx.as('analyst');
    const res = await me.post('/konto/losenord', { current: TEST_PASSWORD, password: NEW_PASSWORD });
    assert.equal(res.status, 303);
    assert.equal((await me.get('/oversikt')).status, 200, 'this session goes on');
    assert.equal((await other.get('/oversikt')).status, 303, 'the other session of the same user is ended');
    assert.equal((await colleague.get('/oversikt')).status, 200, 'other users are not affected');
    assert.equal(await loginStatus(ctx, 'editor@test.example', TEST_PASSWORD), 422);
    assert.equal(await loginStatus(ctx, 'editor@test.example', NEW_PASSWORD), 303);
    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'staff.password.change').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.staff_user_id, me.userId);
    assert.ok(!JSON.stringify(audit).includes(NEW_PASSWORD));
  });
});

describe('admin forces a password reset with a one-time link by mail', () => {
  let ctx: TestContext;
  let smtp: TestSmtp;
  beforeEach(async () => {
    smtp = await startTestSmtp();
    ctx = await createTestContext({ env: { SMTP_URL: smtp.url } });
  });
  afterEach(async () => {
    ctx.deps.mailer.close();
    await ctx.close();
    await smtp.close();
  });

  async function forceReset(): Promise<{ path: string; token: string }> {
    const editor = await ctx.as('editor');
    const admin = await ctx.as('admin');
    const res = await admin.post(`/admin/anvandare/${editor.userId}/aterstall-losenord`);
    assert.equal(res.status, 303);
    assert.equal((await editor.get('/oversikt')).status, 303, 'the user\'s sessions are ended');
    await runJob(ctx, 'outbox-drain');
    await smtp.waitFor(1);
    const mail = smtp.messages.at(-1)!;
    assert.equal(mail.envelopeTo[0], 'editor@test.example');
    const url = new URL(/http:\/\/panel\.test\/aterstall-losenord\/[\w-]+/.exec(mail.text!)![0]);
    return { path: url.pathname, token: url.pathname.split('/').pop()! };
  }

  async function setPassword(path: string, password: string) {
    const page = await supertest(ctx.app).get('/logga-in'); // any page gives an anonymous CSRF token
    const cookie = mergeCookies('', page.headers['set-cookie']);
    return supertest(ctx.app).post(path).set('Cookie', cookie).type('form').send({ _csrf: csrfFrom(page.text), password });
  }

  it('the link sets a new password once; the old password stops working; the token is stored hashed', async () => {
    const { path, token } = await forceReset();
    assert.equal(await loginStatus(ctx, 'editor@test.example', TEST_PASSWORD), 422, 'a forced reset ends the old password');
    const rows = await ctx.db.selectFrom('password_resets').selectAll().execute();
    assert.equal(rows.length, 1);
    assert.ok(!JSON.stringify(rows).includes(token), 'only a hash of the token is stored');
    const weak = await setPassword(path, 'password123');
    assert.equal(weak.status, 422);
    assert.equal((await setPassword(path, NEW_PASSWORD)).status, 303);
    assert.equal(await loginStatus(ctx, 'editor@test.example', NEW_PASSWORD), 303);
    const again = await supertest(ctx.app).get(path);
    assert.equal(again.status, 404, 'single use');
    assert.match(again.text, /Länken fungerar inte/);
    assert.equal((await ctx.db.selectFrom('audit_log').select('id').where('action', 'in', ['staff.password.reset-request', 'staff.password.reset']).execute()).length, 2);
  });

  it('the link expires', async () => {
    const { path } = await forceReset();
    ctx.clock.advanceMinutes(24 * 60 + 1);
    assert.equal((await supertest(ctx.app).get(path)).status, 404);
    assert.equal((await setPassword(path, NEW_PASSWORD)).status, 404);
    await cleanupExpiredSessions(ctx.deps);
    assert.deepEqual(await ctx.db.selectFrom('password_resets').selectAll().execute(), [], 'an expired link is deleted by the cleanup job');
  });
});
