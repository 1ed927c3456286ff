/** Job intervals as written in the job table: a number and a unit, e.g. '10s', '5m', '6h'. */
export function intervalMs(text: string): number {
  const m = /^(\d+)(s|m|h)$/.exec(text);
  if (!m) throw new Error(`Bad job interval "${text}" (expected e.g. 10s, 5m, 6h)`);
  return Number(m[1]) * { s: 1_000, m: 60_000, h: 3_600_000 }[m[2] as 's' | 'm' | 'h'];
}

/** A run found nothing to do: no result, a zero count, or an object/array of such (e.g. `{ queued: 0 }`). */
export function isIdleResult(result: unknown): boolean {
  if (result === undefined || result === null || result === 0 || result === false) return true;
  if (Array.isArray(result)) return result.length === 0;
  if (typeof result === 'object') return Object.values(result as object).every(isIdleResult);
  return false;
}

/** The next delay: the job's interval after work, doubling while idle up to `idleMax`. */
export function nextDelay(previous: number, base: number, idleMax: number, idle: boolean): number {
  return idle ? Math.min(Math.max(previous, base) * 2, Math.max(idleMax, base)) : base;
}
