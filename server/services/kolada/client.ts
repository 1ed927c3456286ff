/**
 * A small client for Kolada's open API v2 (github.com/Hypergene/kolada): key figure search and data per key
 * figure and year. Every request has a timeout; server errors (5xx), time-outs and broken connections are
 * retried with exponential back-off; 4xx answers are not. Failures carry a Swedish message for staff.
 */
export interface KoladaClientOptions {
  baseUrl: string;
  timeoutMs?: number;
  /** Attempts in all, the first included. */
  attempts?: number;
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface KoladaKpi { id: string; title: string; description: string; dividedByGender: boolean }
export interface KoladaDataValue { gender: string; value: number | null; status: string | null }
export interface KoladaDataPoint { kpi: string; municipality: string; period: number; values: KoladaDataValue[] }
export interface KoladaPage<T> { values: T[]; count: number; nextPage: string | null }
/** What happened on the way: one line per retried request, e.g. a 500 that succeeded on the second try. */
export type RetryNote = { url: string; attempt: number; reason: string };

export class KoladaError extends Error {
  constructor(message: string, readonly status: number | null) { super(message); }
}

const STATUS_MESSAGES: Record<number, string> = {
  400: 'Kolada förstod inte frågan (400). Kontrollera nyckeltalets id och åren.',
  404: 'Kolada hittade inte nyckeltalet (404). Kontrollera id:t, till exempel N00945.',
  500: 'Kolada svarade med ett serverfel (500). Försök igen om en stund.',
};

export function koladaStatusMessage(status: number): string {
  return STATUS_MESSAGES[status] ?? (status >= 500 ? `Kolada svarade med ett serverfel (${status}). Försök igen om en stund.` : `Kolada svarade med felkod ${status}.`);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createKoladaClient(opts: KoladaClientOptions) {
  const base = new URL(`${opts.baseUrl.replace(/\/$/, '')}/`);
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const attempts = opts.attempts ?? 4;
  const backoffMs = opts.backoffMs ?? 1_000;
  const sleep = opts.sleep ?? defaultSleep;
  const notes: RetryNote[] = [];

  /** Only the configured API: a next_page link to another host is refused. */
  const resolve = (pathOrUrl: string): URL => {
    const url = new URL(pathOrUrl.replace(/^\//, ''), base);
    if (url.origin !== base.origin) throw new KoladaError('Kolada hänvisade till en annan adress än den inställda. Hämtningen avbröts.', null);
    return url;
  };

  async function getJson(url: URL): Promise<unknown> {
    for (let attempt = 1; ; attempt += 1) {
      let failure: KoladaError;
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
        if (res.ok) return await res.json();
        await res.body?.cancel();
        failure = new KoladaError(koladaStatusMessage(res.status), res.status);
        if (res.status < 500) throw failure;
      } catch (err) {
        if (err instanceof KoladaError && err.status !== null && err.status < 500) throw err;
        failure = err instanceof KoladaError ? err : networkError(err);
      }
      if (attempt >= attempts) throw failure;
      notes.push({ url: url.pathname + url.search, attempt, reason: failure.message });
      await sleep(backoffMs * 2 ** (attempt - 1));
    }
  }

  async function page<T>(pathOrUrl: string, map: (raw: unknown) => T): Promise<KoladaPage<T>> {
    const body = (await getJson(resolve(pathOrUrl))) as { values?: unknown; count?: unknown; next_page?: unknown };
    if (!body || !Array.isArray(body.values)) throw new KoladaError('Kolada svarade i ett oväntat format.', null);
    const nextPage = typeof body.next_page === 'string' && body.next_page !== '' ? body.next_page : null;
    return { values: body.values.map(map), count: Number(body.count ?? body.values.length), nextPage };
  }

  return {
    notes,
    searchKpis: async (title: string) => (await page(`kpi?title=${encodeURIComponent(title)}`, toKpi)).values,
    findKpi: async (id: string) => (await page(`kpi/${encodeURIComponent(id)}`, toKpi)).values[0] ?? null,
    dataPage: (pathOrUrl: string) => page(pathOrUrl, toDataPoint),
    dataPath: (kpiId: string, years: number[]) => `data/kpi/${encodeURIComponent(kpiId)}/year/${years.join(',')}`,
  };
}
export type KoladaClient = ReturnType<typeof createKoladaClient>;

function networkError(err: unknown): KoladaError {
  const name = (err as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return new KoladaError('Kolada svarade inte i tid. Försök igen om en stund.', null);
  return new KoladaError('Det gick inte att nå Kolada. Kontrollera adressen och nätverket.', null);
}

function toKpi(raw: unknown): KoladaKpi {
  const r = raw as Record<string, unknown>;
  return { id: String(r.id ?? ''), title: String(r.title ?? ''), description: String(r.description ?? ''), dividedByGender: Number(r.is_divided_by_gender ?? 0) === 1 };
}

function toDataPoint(raw: unknown): KoladaDataPoint {
  const r = raw as Record<string, unknown>;
  const values = Array.isArray(r.values) ? r.values : [];
  return {
    kpi: String(r.kpi ?? ''), municipality: String(r.municipality ?? ''), period: Number(r.period),
    values: values.map((v: Record<string, unknown>) => ({
      gender: String(v.gender ?? 'T'),
      value: typeof v.value === 'number' && Number.isFinite(v.value) ? v.value : null,
      status: typeof v.status === 'string' && v.status !== '' ? v.status : null,
    })),
  };
}
