import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import supertest from 'supertest';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';

const BOUNDARY = 'xUPLOADx';
const FIRST_PART = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="fil"; filename="p.csv"\r\nContent-Type: text/csv\r\n\r\n${'x'.repeat(64 * 1024)}`;

/** Starts a 50 MB multipart upload, sends only its first 64 kB and waits for the answer. A server that read the
 *  body before its checks would wait for the rest for ever (and the test times out). */
function partialUpload(port: number, path: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, path, method: 'POST',
      headers: { ...headers, 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}`, 'Content-Length': String(50 * 1024 * 1024) },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => { req.destroy(); resolve({ status: res.statusCode!, text }); });
    });
    req.on('error', (err) => reject(err));
    req.write(FIRST_PART);
  });
}

describe('uploads: session, role and CSRF are checked before any file part is read (issue 14)', function () {
  this.timeout(15_000);
  let ctx: TestContext;
  let server: http.Server;
  let port: number;
  let editor: StaffClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
    server = await new Promise((resolve) => { const s = ctx.app.listen(0, '127.0.0.1', () => resolve(s)); });
    port = (server.address() as AddressInfo).port;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await ctx.close();
  });

  it('refuses an anonymous upload without waiting for its body', async () => {
    const anonymous = ctx.anonymous();
    for (const path of ['/panel/import', '/resultat/register/import', '/enkater/importera']) {
      const res = await partialUpload(port, `${path}?_csrf=${anonymous.csrf}`, { Cookie: anonymous.cookie });
      assert.equal(res.status, 401, path);
      assert.match(res.text, /Du behöver logga in/);
    }
  });

  it('refuses a role that may not upload there without waiting for its body', async () => {
    const viewer = await ctx.as('viewer');
    assert.equal((await partialUpload(port, `/panel/import?_csrf=${viewer.csrf}`, { Cookie: viewer.cookie })).status, 403);
    assert.equal((await partialUpload(port, `/resultat/register/import?_csrf=${editor.csrf}`, { Cookie: editor.cookie })).status, 403);
  });

  it('refuses an upload without a CSRF token in the query or header, without waiting for its body', async () => {
    assert.equal((await partialUpload(port, '/panel/import', { Cookie: editor.cookie })).status, 403);
    assert.equal((await partialUpload(port, '/panel/import?_csrf=forged', { Cookie: editor.cookie })).status, 403);
    assert.equal((await partialUpload(port, '/panel/import', { Cookie: editor.cookie, 'X-CSRF-Token': 'forged' })).status, 403);
  });

  it('takes the token from the form action (?_csrf=) or the X-CSRF-Token header, not from a part of the body', async () => {
    const csv = Buffer.from('kommunkod;e-post\n0114;a@upplands-vasby.example\n');
    const post = (path: string) => supertest(ctx.app).post(path).set('Cookie', editor.cookie);
    assert.equal((await post(`/panel/import?_csrf=${editor.csrf}`).attach('fil', csv, 'p.csv')).status, 303);
    assert.equal((await post('/panel/import').set('X-CSRF-Token', editor.csrf).attach('fil', csv, 'p.csv')).status, 303);
    const inBody = await post('/panel/import').field('_csrf', editor.csrf).attach('fil', csv, 'p.csv');
    assert.equal(inBody.status, 403, 'a token inside the multipart body would mean reading the body first');
    assert.equal((await ctx.db.selectFrom('panel_imports').select('id').execute()).length, 2);
  });

  it('the upload forms carry the token in their action, so they work without JavaScript', async () => {
    const analyst = await ctx.as('analyst');
    for (const [client, path] of [[editor, '/panel/import'], [analyst, '/resultat/register/import'], [editor, '/enkater/importera']] as const) {
      const page = await client.get(path);
      assert.match(page.text, new RegExp(`<form method="post" action="${path}\\?_csrf=${client.csrf}" enctype="multipart/form-data"`), path);
    }
  });
});
