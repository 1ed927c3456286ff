import assert from 'node:assert/strict';
import supertest from 'supertest';
import { LOGIN_FREE_FAILURES, MAX_FAILURES_PER_CLIENT } from '../../server/auth/login';
import { createTestContext, csrfFrom, mergeCookies, TEST_PASSWORD, type TestContext } from '../support/context';

/** One login attempt through the form, optionally "from" an address given by a proxy header. */
async function attempt(ctx: TestContext, email: string, password: string, forwardedFor?: string) {
  const withIp = (r: supertest.Test) => (forwardedFor ? r.set('X-Forwarded-For', forwardedFor) : r);
  const page = await withIp(supertest(ctx.app).get('/logga-in'));
  const cookie = mergeCookies('', page.headers['set-cookie']);
  return withIp(supertest(ctx.app).post('/logga-in').set('Cookie', cookie).type('form').send({ _csrf: csrfFrom(page.text), email, password }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('login abuse: rate limits behind a proxy, and timing (checklist 5 and 6)', () => {
  let ctx: TestContext;
  afterEach(() => ctx?.close());

  it('with TRUST_PROXY=1, limits the client the proxy names, and leaves other clients alone', async () => {
    ctx = await createTestContext({ env: { TRUST_PROXY: '1' } });
    await ctx.as('editor');
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) await attempt(ctx, `person${i}@test.example`, 'fel-losenord-1', '203.0.113.7');
    assert.equal((await attempt(ctx, 'editor@test.example', TEST_PASSWORD, '203.0.113.7')).status, 429);
    assert.equal((await attempt(ctx, 'editor@test.example', TEST_PASSWORD, '198.51.100.9')).status, 303);
  });

  it('an attacker hammering a colleague\'s address cannot keep the colleague (from another address) out', async () => {
    ctx = await createTestContext({ env: { TRUST_PROXY: '1' } });
    await ctx.as('editor');
    for (let i = 0; i < 12; i++) {
      assert.match(String((await attempt(ctx, 'editor@test.example', `fel-losenord-${i}`, '203.0.113.7')).status), /^(422|429)$/);
      ctx.clock.advance(1000);
    }
    assert.equal((await attempt(ctx, 'editor@test.example', TEST_PASSWORD, '203.0.113.7')).status, 429, 'the attacker\'s own address is throttled');
    assert.equal((await attempt(ctx, 'editor@test.example', TEST_PASSWORD, '198.51.100.9')).status, 303, 'the colleague gets in');
  });

  it('throttles one (account, client) pair with growing delays, with the same message for known and unknown accounts', async () => {
    ctx = await createTestContext({ env: { TRUST_PROXY: '1' } });
    await ctx.as('editor');
    const waits: number[] = [];
    for (const email of ['editor@test.example', 'ingen@test.example']) {
      for (let i = 0; i < LOGIN_FREE_FAILURES; i++) assert.equal((await attempt(ctx, email, 'fel-losenord-1', '203.0.113.8')).status, 422);
      const texts: string[] = [];
      for (let round = 0; round < 3; round++) {
        const blocked = await attempt(ctx, email, 'fel-losenord-1', '203.0.113.8');
        assert.equal(blocked.status, 429);
        texts.push(/<p class="error-message"[^>]*>([\s\S]*?)<\/p>/.exec(blocked.text)![1]!);
        let waited = 0;
        while (waited < 3_600_000 && (await attempt(ctx, email, 'fel-losenord-1', '203.0.113.8')).status === 429) { ctx.clock.advance(15_000); waited += 15_000; }
        waits.push(waited);
      }
      assert.equal(new Set(texts).size, 1);
      assert.match(texts[0]!, /För många misslyckade inloggningar/);
    }
    assert.ok(waits[0]! > 0 && waits[1]! > waits[0]! && waits[2]! > waits[1]!, `delays grow: ${waits.join(', ')}`);
    assert.deepEqual(waits.slice(0, 3), waits.slice(3), 'an unknown e-mail is throttled exactly like a real account');
  });

  it('without a trusted proxy, a forged X-Forwarded-For does not get around the limit', async () => {
    ctx = await createTestContext();
    await ctx.as('editor');
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) await attempt(ctx, `person${i}@test.example`, 'fel-losenord-1', `203.0.113.${i}`);
    assert.equal((await attempt(ctx, 'editor@test.example', TEST_PASSWORD, '198.51.100.9')).status, 429);
  });

  it('keeps client addresses out of the rate-limit table (only a keyed hash)', async () => {
    ctx = await createTestContext({ env: { TRUST_PROXY: '1' } });
    await attempt(ctx, 'nobody@test.example', 'fel-losenord-1', '203.0.113.77');
    const rows = await ctx.db.selectFrom('rate_limits').selectAll().execute();
    assert.ok(rows.length >= 1);
    assert.ok(!JSON.stringify(rows).includes('203.0.113.77'));
  });

  it('takes about as long for an unknown e-mail as for a wrong password (both run the password hash)', async function () {
    this.timeout(60000);
    ctx = await createTestContext();
    await ctx.as('editor');
    const time = async (email: string) => {
      const t = process.hrtime.bigint();
      const res = await attempt(ctx, email, 'fel-losenord-xyz');
      assert.equal(res.status, 422);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    await time('warm-up@test.example');
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 6; i++) {
      ctx.clock.advanceMinutes(16); // a new rate-limit window: stay under the account lock-out
      wrong.push(await time('editor@test.example'));
      unknown.push(await time(`ingen${i}@test.example`));
    }
    const ratio = median(unknown) / median(wrong);
    assert.ok(ratio > 0.5 && ratio < 2, `unknown ${median(unknown).toFixed(0)} ms vs wrong ${median(wrong).toFixed(0)} ms`);
    assert.ok(median(wrong) > 10, 'the password hash is really computed');
  });
});
