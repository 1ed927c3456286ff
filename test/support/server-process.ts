import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or null after a signal). */
  readonly exited: Promise<number | null>;
}

/** Starts the real `server/main.ts` in its own process and waits until it listens. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 100_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_URL: '', JOBS: 'off', LOG_LEVEL: 'warn', NODE_ENV: 'development', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c) => { out += String(c); });
  child.stderr!.on('data', (c) => { out += String(c); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => { gone = true; });
  const deadline = Date.now() + timeoutMs;
  while (!out.includes('körs på') && !gone && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (!out.includes('körs på')) {
    child.kill('SIGKILL');
    throw new Error(`server did not start:\n${out}`);
  }
  return { baseUrl: `http://127.0.0.1:${port}`, child, output: () => out, exited };
}

export async function killHard(p: ServerProcess): Promise<void> {
  p.child.kill('SIGKILL');
  await p.exited;
}
