// Upload bombs (issue 14): worst /healthz latency and peak RSS of the process (workers included) while three
// bombs are uploaded at once, beside /healthz latency and RSS idle, measured in the same run. Goal: < 2 s, < 1 GB.
// 1. the review's bomb: a ~1.5 MB workbook whose sheet unpacks to ~370 MB (refused from its zip directory);
// 2. the same packed sheet with a zip directory that lies (claims 40 MB): passes the directory check, and the
//    worker's unpacking stops at the claimed size;
// 3. a plausible but heavy workbook (4 000 rows × 100 columns, ~2.7 MB) that only the worker's limits stop.
// Run with `npm run bench upload-bomb`.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, createDeflateRaw } from 'node:zlib';
import supertest from 'supertest';
import { createTestContext } from '../support/context';
import { sheetXml, xlsxOf } from '../support/xlsx-bytes';
import { fmt, line, percentile } from './stats';

const MB = 1024 * 1024;

/** A sheet of ~370 MB of repeated rows, packed as a stream so the bench never holds it unpacked. */
async function reviewBomb(claimedSize?: number): Promise<Buffer> {
  const row = Buffer.from('<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>'.repeat(10_000));
  const head = sheetXml([['kommunkod', 'e-post']]).toString().replace('</sheetData></worksheet>', '');
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  let crc = crc32(head);
  let size = Buffer.byteLength(head);
  deflate.write(head);
  while (size < 370 * MB) {
    crc = crc32(row, crc);
    size += row.length;
    if (!deflate.write(row)) await new Promise((r) => deflate.once('drain', r));
  }
  const tail = Buffer.from('</sheetData></worksheet>');
  deflate.end(tail);
  await new Promise((r) => deflate.once('end', r));
  return xlsxOf({ name: 'xl/worksheets/sheet1.xml', packed: Buffer.concat(chunks), crc: crc32(tail, crc), size: claimedSize ?? size + tail.length });
}

const heavy = () => xlsxOf(sheetXml(Array.from({ length: 4000 }, (_, r) => Array.from({ length: 100 }, (_, c) => String((r * 7919 + c * 104729) % 1000003)))));

export async function run(): Promise<void> {
  const ctx = await createTestContext();
  const editor = await ctx.as('editor');
  const server: Server = await new Promise((resolve) => { const s = ctx.app.listen(0, '127.0.0.1', () => resolve(s)); });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const health = async () => { const t = performance.now(); const res = await fetch(`${base}/healthz`); await res.text(); return performance.now() - t; };
  const bombs = { review: await reviewBomb(), liar: await reviewBomb(40 * MB), heavy: heavy() };

  const idle: number[] = [];
  for (let i = 0; i < 30; i++) idle.push(await health());
  idle.sort((a, b) => a - b);
  line('/healthz idle (baseline), median / worst', `${fmt(percentile(idle, 50))} ms`, `worst ${fmt(idle.at(-1)!)} ms`);
  line('RSS idle (baseline)', `${fmt(process.memoryUsage.rss() / MB, 0)} MB`);

  for (const [name, bytes] of Object.entries(bombs)) {
    let peak = process.memoryUsage.rss();
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 20);
    const started = performance.now();
    let running = true;
    const uploads = Promise.all([1, 2, 3].map(() => supertest(ctx.app).post(`/panel/import?_csrf=${editor.csrf}`).set('Cookie', editor.cookie).attach('fil', bytes, 'bomb.xlsx')))
      .finally(() => { running = false; });
    const latencies: number[] = [];
    while (running) { latencies.push(await health()); await new Promise((r) => setTimeout(r, 50)); }
    const results = await uploads;
    clearInterval(sampler);
    const statuses = results.map((r) => r.status).join(', ');
    const reason = /<p class="error-message"[^>]*><span[^>]*>Fel:<\/span>([^<]*)/.exec(results[0]!.text)?.[1]?.trim().slice(0, 90) ?? '';
    line(`3 × ${name} (${fmt(bytes.length / MB)} MB): worst /healthz`, `${fmt(Math.max(...latencies))} ms`, `${latencies.length} polls, goal < 2 000 ms`);
    line(`3 × ${name}: peak RSS`, `${fmt(peak / MB, 0)} MB`, 'goal < 1 024 MB');
    line(`3 × ${name}: answers`, statuses, `${fmt((performance.now() - started) / 1000)} s — ${reason}`);
  }
  server.closeAllConnections();
  server.close();
  await ctx.close();
}
