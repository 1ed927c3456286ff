// `npm run bench`: runs every test/bench/*.bench.ts (or those named on the command line), each printing its
// figures beside a raw baseline measured in the same run. Never part of a pass/fail test.
// Each benchmark runs in a process of its own, so none measures memory or heap state left by another (the results
// benchmark loads 100 000 answers; the upload-bomb benchmark reports its own process's RSS).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const ONE = '--one';

if (process.argv[2] === ONE) {
  const mod = (await import(pathToFileURL(path.join(dir, process.argv[3]!)).href)) as { run(): Promise<void> };
  await mod.run();
  process.exit(0);
}

const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file.replace('.bench.ts', '')} ===\n`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ONE, file], { stdio: 'inherit' });
  if (child.status !== 0) {
    failed++;
    process.stdout.write(`  ${file}: exited with ${child.status ?? child.signal}\n`);
  }
}
process.exit(failed ? 1 : 0);
