import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { preflightTable, type ReadTableOptions, type ReadTableResult } from '../../domain/tabular';
import { Slots } from './slots';

export interface ReadLimits {
  /** The worker is stopped after this long. */
  timeBudgetMs: number;
  /** The worker's heap; past it the worker is stopped (ERR_WORKER_OUT_OF_MEMORY), not the server. */
  heapMb: number;
}

export const READ_LIMITS: ReadLimits = { timeBudgetMs: 20_000, heapMb: 160 };
/** Files read at the same time (2 cores); the rest wait in turn, and beyond 8 waiting a file is refused at once. */
const slots = new Slots(2, 8);

const seconds = (ms: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(ms / 1000);
const FAILED = 'Det gick inte att läsa filen. Kontrollera att den inte är skadad, och spara den på nytt som CSV eller Excel-arbetsbok (.xlsx).';

// Workers do not inherit tsx's loader: register it first when the code runs as TypeScript. The compiled build
// (dist/, plain JavaScript) loads the compiled worker directly.
const COMPILED = import.meta.url.endsWith('.js');
const WORKER_URL = new URL(`./read-table.worker.${COMPILED ? 'js' : 'ts'}`, import.meta.url).href;
const TSX_API = COMPILED ? null : tsxEsmApi();
const BOOTSTRAP = `const { workerData: d } = require('node:worker_threads');
(d.tsx ? import(d.tsx).then((t) => { t.register(); }) : Promise.resolve()).then(() => import(d.entry));`;

/** tsx's ESM register API (its CommonJS build cannot register the loader inside a worker). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return new URL(exports['./esm/api']!.import.default, pathToFileURL(manifest)).href;
}

let running = 0;
/** Workers alive right now (for tests: none is left behind). */
export const activeReadWorkers = () => running;

/**
 * readTable in a worker thread with a heap limit and a time budget. The cheap checks (size, kind, zip
 * directory) run here first, so an obvious bomb costs no worker at all.
 */
export async function readTableOffThread(buffer: Buffer, filename: string, options: ReadTableOptions = {}, limits: ReadLimits = READ_LIMITS): Promise<ReadTableResult> {
  const preflight = preflightTable(buffer, filename, options);
  if (!preflight.ok) return preflight;
  const release = await slots.acquire();
  if (!release) return { ok: false, message: 'Servern läser många filer just nu. Vänta en stund och ladda upp filen igen.' };
  try {
    return await inWorker(buffer, filename, options, limits);
  } finally {
    release();
  }
}

function inWorker(buffer: Buffer, filename: string, options: ReadTableOptions, limits: ReadLimits): Promise<ReadTableResult> {
  return new Promise((resolve) => {
    running++;
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      execArgv: [],
      workerData: { tsx: TSX_API, entry: WORKER_URL, bytes: new Uint8Array(buffer), filename, options },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
    });
    let settled = false;
    const finish = (result: ReadTableResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().finally(() => resolve(result));
    };
    const timer = setTimeout(() => finish({ ok: false, message: `Filen tog för lång tid att läsa (gränsen är ${seconds(limits.timeBudgetMs)} sekunder). Dela upp den i mindre filer eller spara den som CSV.` }), limits.timeBudgetMs);
    worker.once('message', (result: ReadTableResult) => finish(result));
    worker.once('error', (err: Error & { code?: string }) => finish({
      ok: false,
      message: err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `Filen kräver för mycket minne för att läsas (gränsen är ${limits.heapMb} MB). Dela upp den i mindre filer eller spara den som CSV.`
        : FAILED,
    }));
    worker.once('exit', () => { running--; finish({ ok: false, message: FAILED }); });
  });
}
