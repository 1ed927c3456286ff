/**
 * The one result shape of a command: it either succeeded with a value or refused for a named reason
 * (with details when the caller needs them, e.g. which problems stop a publication). The route turns the
 * reason into a Swedish message and a status code.
 */
export type Success<T> = { ok: true; value: T };
export type Refusal<R extends string, D extends object = {}> = { ok: false; reason: R } & D;
export type Outcome<T, R extends string, D extends object = {}> = Success<T> | Refusal<R, D>;

export function success<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function refusal<R extends string>(reason: R): Refusal<R>;
export function refusal<R extends string, D extends object>(reason: R, details: D): Refusal<R, D>;
export function refusal<R extends string, D extends object>(reason: R, details?: D): Refusal<R, D> {
  return { ...(details ?? {}), ok: false, reason } as Refusal<R, D>;
}
