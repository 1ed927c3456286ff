// `npm run bench`: runs every test/bench/*.bench.ts (or those named on the command line), each printing its
// figures beside a raw baseline measured in the same run. Never part of a pass/fail test.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();

for (const file of files) {
  process.stdout.write(`\n=== ${file.replace('.bench.ts', '')} ===\n`);
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run(): Promise<void> };
  await mod.run();
}
process.exit(0);
