import { CompiledQuery, type Compilable, type Kysely, type QueryResult } from 'kysely';
import type { DB } from './schema';

// Kysely builds and compiles a query anew on every call: on the respondent path that costs far more CPU than
// SQLite's own work (a cached prepared statement runs the respondent lookup in about a microsecond). A hot query
// is therefore built once per dialect, with a placeholder for each argument, and afterwards only its parameters
// change. Use it for fixed-shape queries only (no `in (…)` lists of varying length, no optional clauses).

const MARK = '\u0000precompiled-argument:';
type Slot = { arg: number } | { value: unknown };
interface Template { sql: string; slots: Slot[] }

/** `build` receives one placeholder per argument and must use each placeholder as a plain value. */
export function precompiled<A extends unknown[], R>(arity: A['length'], build: (db: Kysely<DB>, ...args: A) => Compilable<R>) {
  // Keyed by the dialect adapter: the same for a database and its transactions, different for SQLite and Postgres.
  const templates = new WeakMap<object, Template>();
  return (db: Kysely<DB>, ...args: A): Promise<QueryResult<R>> => {
    const adapter = db.getExecutor().adapter;
    let template = templates.get(adapter);
    if (!template) {
      const marks = Array.from({ length: arity }, (_, i) => `${MARK}${i}`) as unknown as A;
      const compiled = build(db, ...marks).compile();
      const slots = compiled.parameters.map((p): Slot => (typeof p === 'string' && p.startsWith(MARK) ? { arg: Number(p.slice(MARK.length)) } : { value: p }));
      if (new Set(slots.flatMap((s) => ('arg' in s ? [s.arg] : []))).size !== arity) throw new Error(`precompiled query does not use all ${arity} arguments`);
      templates.set(adapter, (template = { sql: compiled.sql, slots }));
    }
    return db.executeQuery<R>(CompiledQuery.raw(template.sql, template.slots.map((s) => ('arg' in s ? args[s.arg] : s.value))));
  };
}

/** Rows changed by an insert, update or delete. */
export const affectedRows = (result: QueryResult<unknown>): number => Number(result.numAffectedRows ?? 0);
