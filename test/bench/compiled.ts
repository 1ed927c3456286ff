// The compiled build (`npm run build` → dist/) for benchmarks that measure what production runs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

/** The node flags `npm start` passes (package.json), e.g. the young-generation size that keeps peak RSS down. */
export function startFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return (scripts.start ?? '').split(/\s+/).filter((a) => a.startsWith('--'));
}
