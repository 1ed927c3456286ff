// The running server never links scripts/ (demo seed, CLI) statically: walking the static value imports of
// server/main.ts never reaches scripts/. The demo seed is reached only through main.ts's one dynamic import,
// taken when an empty development database gets the demo (server/prepare-database.ts).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = process.cwd();
const BIN = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Dependency { resolved: string; dependencyTypes: string[] }
interface CruisedModule { source: string; dependencies: Dependency[] }

/** Every module reachable from server/main.ts, as dependency-cruiser resolves them (dynamic imports too). */
async function cruiseMain(): Promise<Map<string, Dependency[]>> {
  const args = [BIN, 'server/main.ts', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'];
  const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }).catch((e) => e);
  if (!stdout) throw new Error(`dependency-cruiser gave no result: ${stderr}`);
  const { modules } = JSON.parse(stdout) as { modules: CruisedModule[] };
  return new Map(modules.map((m) => [m.source, m.dependencies]));
}

/** Loaded when the importing module is loaded: a value import, neither `import type` nor `import()`. */
const isStatic = (d: Dependency) => !d.dependencyTypes.includes('dynamic-import') && !d.dependencyTypes.includes('type-only');

function staticGraph(graph: Map<string, Dependency[]>, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const dep of (graph.get(file) ?? []).filter(isStatic)) {
      if (!seen.has(dep.resolved)) {
        seen.add(dep.resolved);
        queue.push(dep.resolved);
      }
    }
  }
  return seen;
}

describe('start-up import graph of server/main.ts', function () {
  this.timeout(60_000);
  let graph: Map<string, Dependency[]>;
  before(async () => { graph = await cruiseMain(); });

  it('links nothing from scripts/ statically', () => {
    const linked = [...staticGraph(graph, 'server/main.ts')];
    assert.ok(linked.includes('server/prepare-database.ts'), 'the walk follows main.ts’s imports');
    assert.ok(linked.includes('server/jobs/index.ts'), 'the walk follows main.ts’s imports');
    assert.deepEqual(linked.filter((f) => f.startsWith('scripts/')), []);
  });

  it('reaches the demo seed only through one dynamic import in main.ts', () => {
    const intoScripts = [...graph].flatMap(([from, deps]) => deps
      .filter((d) => d.resolved.startsWith('scripts/') && !from.startsWith('scripts/'))
      .map((d) => `${from} → ${d.resolved} (${d.dependencyTypes.join(', ')})`));
    assert.deepEqual(intoScripts, ['server/main.ts → scripts/seed/demo/index.ts (local, dynamic-import)']);
  });
});
