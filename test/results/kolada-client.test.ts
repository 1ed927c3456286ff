import assert from 'node:assert/strict';
import { createKoladaClient, KoladaError } from '../../server/services/kolada/client';
import { startKoladaServer, type KoladaServer } from '../support/kolada-server';

const NO_WAIT = { sleep: async () => {}, timeoutMs: 2_000 };

describe('Kolada client: errors in Swedish, retries only when it may help', () => {
  let server: KoladaServer;
  before(async () => {
    server = await startKoladaServer({ kpis: [], data: {}, perPage: 10, statusFor: { N00400: 400, N00404: 404, N00500: 500 } });
  });
  after(() => server.close());

  const failure = async (kpi: string, attempts = 3) => {
    const client = createKoladaClient({ baseUrl: server.url, attempts, ...NO_WAIT });
    const err = await client.dataPage(client.dataPath(kpi, [2024])).then(() => null, (e: unknown) => e);
    assert.ok(err instanceof KoladaError);
    return { err, notes: client.notes };
  };

  it('answers 400 and 404 at once, without retrying', async () => {
    const bad = await failure('N00400');
    assert.equal(bad.err.message, 'Kolada förstod inte frågan (400). Kontrollera nyckeltalets id och åren.');
    assert.equal(bad.notes.length, 0);
    const missing = await failure('N00404');
    assert.equal(missing.err.message, 'Kolada hittade inte nyckeltalet (404). Kontrollera id:t, till exempel N00945.');
  });

  it('retries a 500 with back-off and gives up with a Swedish message', async () => {
    const waits: number[] = [];
    const client = createKoladaClient({ baseUrl: server.url, attempts: 4, backoffMs: 100, sleep: async (ms) => { waits.push(ms); } });
    const err = await client.dataPage(client.dataPath('N00500', [2024])).then(() => null, (e: unknown) => e);
    assert.ok(err instanceof KoladaError);
    assert.equal(err.message, 'Kolada svarade med ett serverfel (500). Försök igen om en stund.');
    assert.deepEqual(waits, [100, 200, 400]);
    assert.equal(client.notes.length, 3);
  });

  it('refuses a next_page link to another host', async () => {
    const client = createKoladaClient({ baseUrl: server.url, ...NO_WAIT });
    await assert.rejects(client.dataPage('http://example.invalid/v2/data/kpi/N00945/year/2024?page=2'), /annan adress/);
  });

  it('says when Kolada cannot be reached', async () => {
    const client = createKoladaClient({ baseUrl: 'http://127.0.0.1:9/v2', attempts: 2, ...NO_WAIT });
    await assert.rejects(client.searchKpis('x'), /Det gick inte att nå Kolada/);
  });
});
