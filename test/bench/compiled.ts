// The compiled build (`npm run build` → dist/) for benchmarks that measure what production runs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let built = false;
/** Builds dist/ once per bench run, so the figures are for the code in the working tree. */
export function buildOnce(): void {
  if (built) return;
  const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`npm run build failed: ${res.stderr}`);
  built = true;
}
