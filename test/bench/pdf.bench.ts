// Lägesbild PDF: render time and peak memory of the sample (6 charts), beside a raw pdfkit baseline
// that writes the same number of pages of plain text with a built-in font and no charts.
// Run with `npm run bench pdf` or on its own: `npx tsx test/bench/pdf.bench.ts`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import PDFDocument from 'pdfkit';
import { sampleLagesbild } from '../../server/domain/lagesbild';
import { renderLagesbildPdf } from '../../server/pdf';
import { buildOnce, ROOT, startFlags } from './compiled';
import { fmt, line, percentile, timeIt } from './stats';

const RUNS = 5;
const GOAL_MS = 1000;
const GOAL_MB = 200; // under tsx (development)
const GOAL_COMPILED_MB = 150; // the compiled build (production)
const CHILD_FLAG = '--pdf-bench-child';

function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

async function renderBaseline(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 57 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const paragraph = 'Sommaren är varje år en ansträngd period för äldreomsorgen i kommunerna. '.repeat(12);
  for (let page = 0; page < pages; page++) {
    if (page > 0) doc.addPage();
    for (let i = 0; i < 6; i++) doc.fontSize(10).text(paragraph).moveDown();
  }
  doc.end();
  return done;
}

async function medianMs(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up: module loading, font unpacking, chart.js registration
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeIt(fn));
  return percentile(times.sort((a, b) => a - b), 50);
}

/** Peak RSS (MB) and page count of a fresh process that renders once: the sample, or the baseline. */
function measureChild(mode: 'sample' | 'baseline', pages: number): { mb: number; pages: number } {
  const script = fileURLToPath(import.meta.url);
  const args = ['--import', 'tsx', script, CHILD_FLAG, mode, String(pages)];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const kb = Number(/maxRSS=(\d+)/.exec(child.stdout)?.[1]);
  if (!kb) throw new Error(`Mätprocessen misslyckades: ${child.stderr}`);
  return { mb: kb / 1024, pages: Number(/pages=(\d+)/.exec(child.stdout)?.[1]) };
}

/** Peak RSS (MB) of plain node rendering the sample once from dist/, with the V8 flags of `npm start`
 *  (what NODE_ENV=production runs). */
function measureCompiled(): number {
  buildOnce();
  const flags = startFlags();
  const child = spawnSync(process.execPath, [...flags, `${ROOT}/test/bench/pdf-compiled-child.mjs`], { encoding: 'utf8' });
  const kb = Number(/maxRSS=(\d+)/.exec(child.stdout)?.[1]);
  if (!kb) throw new Error(`Mätprocessen (kompilerad) misslyckades: ${child.stderr}`);
  return kb / 1024;
}

export async function run(): Promise<void> {
  // Memory first: Linux carries a process's peak RSS over into the children it starts, so the
  // children must be measured while this process is still small.
  const compiledMb = measureCompiled();
  const { mb: sampleMb, pages } = measureChild('sample', 0);
  const { mb: baselineMb } = measureChild('baseline', pages);
  const sampleMs = await medianMs(() => renderLagesbildPdf(sampleLagesbild()));
  const baselineMs = await medianMs(() => renderBaseline(pages));
  line(`lägesbild, ${pages} sidor, 6 diagram (median av ${RUNS})`, `${fmt(sampleMs, 0)} ms`, `mål ≤ ${GOAL_MS} ms`);
  line(`baslinje: pdfkit, ${pages} sidor ren text`, `${fmt(baselineMs, 0)} ms`);
  line('kvot lägesbild / baslinje', `${fmt(sampleMs / baselineMs, 1)} ×`);
  line('högsta RSS, lägesbild (egen process)', `${fmt(sampleMb, 0)} MB`, `mål ≤ ${GOAL_MB} MB`);
  line('högsta RSS, baslinje (egen process)', `${fmt(baselineMb, 0)} MB`);
  line('högsta RSS, lägesbild, kompilerad (node dist/)', `${fmt(compiledMb, 0)} MB`, `mål ≤ ${GOAL_COMPILED_MB} MB (${startFlags().join(' ')})`);
}

async function child(mode: string, pages: number): Promise<void> {
  const pdf = mode === 'sample' ? await renderLagesbildPdf(sampleLagesbild()) : await renderBaseline(pages);
  process.stdout.write(`pages=${countPages(pdf)}\n`);
  process.stdout.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flag = process.argv.indexOf(CHILD_FLAG);
  if (flag >= 0) await child(process.argv[flag + 1], Number(process.argv[flag + 2]));
  else await run();
}
