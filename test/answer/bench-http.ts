import http from 'node:http';

/** A minimal keep-alive HTTP client for the benchmark: what a browser sends, nothing more. */
export interface Reply { status: number; location: string | undefined; cookies: string[]; body: string }

export class BenchClient {
  private readonly agent: http.Agent;
  constructor(private readonly port: number, sockets: number) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  }

  request(method: 'GET' | 'POST', path: string, cookie: string, form?: Record<string, string>): Promise<Reply> {
    const body = form ? new URLSearchParams(form).toString() : undefined;
    const headers: http.OutgoingHttpHeaders = { cookie, accept: 'text/html' };
    if (body !== undefined) Object.assign(headers, { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) });
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({
          status: res.statusCode ?? 0, location: res.headers.location, cookies: res.headers['set-cookie'] ?? [],
          body: Buffer.concat(chunks).toString('utf8'),
        }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs `count` tasks with at most `concurrency` at a time; returns each task's latency in ms. */
export async function runConcurrent(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<{ ms: number[]; totalMs: number }> {
  const ms: number[] = [];
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      const i = next++;
      const t = process.hrtime.bigint();
      await task(i);
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }));
  return { ms: ms.sort((a, b) => a - b), totalMs: Number(process.hrtime.bigint() - start) / 1e6 };
}
