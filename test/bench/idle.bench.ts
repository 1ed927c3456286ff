// Idle server: CPU over 60 s of the compiled app (node dist/, no tsx) with every job on, on the demo database,
// and the warnings it logs meanwhile. Goal: under 1 % of one core, no repeated warnings.
// Run with `npm run bench idle`. Before the in-process job runner: 0.28 of a core (bree, a worker per tick).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/instances';
import { buildOnce, ROOT, startFlags } from './compiled';
import { fmt, line } from './stats';

const SECONDS = Number(process.env.IDLE_BENCH_SECONDS ?? 60);
const TICKS = 100; // USER_HZ on Linux

function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

export async function run(): Promise<void> {
  buildOnce();
  const port = await freePort();
  const child = spawn(process.execPath, [...startFlags(), path.join(ROOT, 'dist/server/main.js')], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'panel-idle-')), DATABASE_URL: '', JOBS: 'on', LOG_LEVEL: 'info' },
  });
  let out = '';
  child.stdout.on('data', (c) => { out += String(c); });
  child.stderr.on('data', (c) => { out += String(c); });
  while (!out.includes('körs på')) {
    if (child.exitCode !== null) throw new Error(`the app stopped: ${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 10_000)); // first job runs after start (demo mail to send etc.)
  const logStart = out.length;
  const before = cpuTicks(child.pid!);
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const cpuSeconds = (cpuTicks(child.pid!) - before) / TICKS;
  const wall = (performance.now() - t0) / 1000;
  const warnings = out.slice(logStart).split('\n').filter((l) => /"level":(40|50|60)/.test(l));
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  line(`tomgång, ${Math.round(wall)} s, alla jobb på (kompilerad)`, `${fmt((cpuSeconds / wall) * 100, 2)} %`, 'mål < 1 % av en kärna');
  line('före: bree, en worker per tick', '28 %', '(issue 17)');
  line('varningar/fel i loggen under mätningen', String(warnings.length), 'mål 0');
}

if (process.argv[1]?.endsWith('idle.bench.ts')) await run().then(() => process.exit(0));
