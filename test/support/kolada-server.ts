import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeKpi { id: string; title: string; is_divided_by_gender: 0 | 1 }
export interface FakePoint { kpi: string; municipality: string; period: number; values: { gender: string; value: number | null; status: string | null; count: number }[] }

export interface KoladaServerPlan {
  kpis: FakeKpi[];
  /** Data per key figure, served in pages of perPage in this order. */
  data: Record<string, FakePoint[]>;
  perPage: number;
  /** Page numbers (1-based) answered with a 500 on their first request only. */
  failOnce?: number[];
  /** Page numbers answered after this many ms on their first request only. */
  slowOnce?: Record<number, number>;
  /** Key figures whose data answers with this status every time. */
  statusFor?: Record<string, number>;
}

export interface KoladaServer { url: string; requests: string[]; close(): Promise<void> }

/** A loopback server speaking Kolada's v2 format (github.com/Hypergene/kolada): /v2/kpi and /v2/data/kpi/<id>/year/<years>. */
export async function startKoladaServer(plan: KoladaServerPlan): Promise<KoladaServer> {
  const requests: string[] = [];
  const seen = new Set<string>();
  const firstTime = (key: string) => (seen.has(key) ? false : (seen.add(key), true));
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    void handle(req, res).catch(() => { res.statusCode = 500; res.end(); });
  });
  let base = '';
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', base);
    const json = (status: number, body: unknown) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (url.pathname === '/v2/kpi') {
      const q = (url.searchParams.get('title') ?? '').toLowerCase();
      const values = plan.kpis.filter((k) => k.title.toLowerCase().includes(q));
      return json(200, { count: values.length, values });
    }
    const one = /^\/v2\/kpi\/([A-Z]\d{5})$/.exec(url.pathname);
    if (one) { const values = plan.kpis.filter((k) => k.id === one[1]); return json(200, { count: values.length, values }); }
    const data = /^\/v2\/data\/kpi\/([A-Z]\d{5})\/year\/([\d,]+)$/.exec(url.pathname);
    if (!data) return json(404, { error: 'not found' });
    const kpi = data[1]!;
    if (plan.statusFor?.[kpi]) return json(plan.statusFor[kpi]!, { error: 'status' });
    const years = new Set(data[2]!.split(',').map(Number));
    const all = (plan.data[kpi] ?? []).filter((p) => years.has(p.period));
    const page = Number(url.searchParams.get('page') ?? '1');
    const key = `${kpi}:${page}`;
    const first = firstTime(key);
    if (first && plan.failOnce?.includes(page)) return json(500, { error: 'Internal Server Error' });
    if (first && plan.slowOnce?.[page]) await new Promise((r) => setTimeout(r, plan.slowOnce![page]));
    const values = all.slice((page - 1) * plan.perPage, page * plan.perPage);
    const more = page * plan.perPage < all.length;
    const next = `${base}${url.pathname}?page=${page + 1}&per_page=${plan.perPage}`;
    return json(200, { count: all.length, values, next_page: more ? next : null, previous_page: page > 1 ? `${base}${url.pathname}?page=${page - 1}` : null });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/v2`, requests,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
