/** Small helpers shared by the benchmarks. */
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i]!;
}

export function fmt(n: number, digits = 1): string {
  return n.toLocaleString('sv-SE', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function line(label: string, value: string, note = ''): void {
  process.stdout.write(`  ${label.padEnd(44)} ${value.padStart(14)}  ${note}\n`);
}

export async function timeIt(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}
