import assert from 'node:assert/strict';
import supertest from 'supertest';
import { loadConfig } from '../../server/config';
import { enqueueMail } from '../../server/mail/outbox';
import { createTestContext, type TestContext } from '../support/context';

describe('/metrics (Prometheus) for configured addresses only', () => {
  let ctx: TestContext;
  afterEach(() => ctx.close());

  it('serves request, job and outbox figures to loopback by default, with route templates and no tokens', async () => {
    ctx = await createTestContext();
    await enqueueMail(ctx.db, { key: 'm:1', category: 'test', to: 'a@kommun.example', toName: null, subject: 'S', html: '<p>x</p>', text: 'x' }, ctx.clock.now());
    await supertest(ctx.app).get('/svar/hemlig-token-123');
    const res = await supertest(ctx.app).get('/metrics');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type'] ?? '', /^text\/plain; version=0\.0\.4/);
    assert.match(res.text, /^outbox_messages\{status="queued"\} 1$/m);
    assert.match(res.text, /^outbox_oldest_unsent_age_seconds \d/m);
    assert.match(res.text, /^http_requests_total\{method="GET",route="\/svar\/:token",status="\d+"\} \d+$/m);
    assert.match(res.text, /^# TYPE job_runs_total counter$/m);
    assert.match(res.text, /^process_cpu_seconds_total /m);
    assert.doesNotMatch(res.text, /hemlig-token-123/);
  });

  it('is a plain 404 page for any other address, also behind a proxy that forwards an outside client', async () => {
    ctx = await createTestContext({ env: { METRICS_ALLOW: '10.0.0.7' } });
    const denied = await supertest(ctx.app).get('/metrics');
    assert.equal(denied.status, 404);
    assert.match(denied.text, /Sidan hittades inte/);
    await ctx.close();
    ctx = await createTestContext({ env: { TRUST_PROXY: '1' } });
    const forwarded = await supertest(ctx.app).get('/metrics').set('X-Forwarded-For', '203.0.113.9');
    assert.equal(forwarded.status, 404, 'the proxy is on loopback, the client is not');
    assert.equal((await supertest(ctx.app).get('/metrics').set('X-Forwarded-For', '127.0.0.1')).status, 200);
  });

  it('refuses a METRICS_ALLOW that is not a list of addresses', () => {
    assert.throws(() => loadConfig({ METRICS_ALLOW: '127.0.0.1, localhost' }), /METRICS_ALLOW must be a comma-separated list of IP addresses \(got "localhost"\)/);
  });
});
