import { sql, type Expression, type RawBuilder } from 'kysely';

/** COUNT(*) as a JS number on both SQLite and Postgres. */
export function countAll(): RawBuilder<number> {
  return sql<number>`cast(count(*) as integer)`;
}

/** Cast any numeric expression to a double (Postgres AVG/SUM return numeric otherwise). */
export function asDouble(expr: Expression<unknown>): RawBuilder<number> {
  return sql<number>`cast(${expr} as double precision)`;
}
