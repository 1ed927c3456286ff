// Renders the sample lägesbild once from the compiled build (plain node, no tsx) and prints the peak RSS.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/server');
const { renderLagesbildPdf } = await import(pathToFileURL(path.join(dist, 'pdf/index.js')).href);
const { sampleLagesbild } = await import(pathToFileURL(path.join(dist, 'domain/lagesbild/index.js')).href);
const started = performance.now();
const pdf = await renderLagesbildPdf(sampleLagesbild());
process.stdout.write(`ms=${Math.round(performance.now() - started)}\nbytes=${pdf.length}\nmaxRSS=${process.resourceUsage().maxRSS}\n`);
