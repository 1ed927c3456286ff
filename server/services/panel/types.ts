import type { AppDeps } from '../../deps';
import { formatDate } from '../../domain/time';
import type { Actor } from '../../domain/actor';

/** Who and when, for every change written inside a command's transaction; `via` says e.g. which import. */
export type Stamp = { actor: Actor | null; today: string; now: string; via?: string };

/** A command that refused: which form field to mark and the Swedish message. */
export type Refusal = { ok: false; field: string; message: string };

/** "Now" as stored (ISO UTC) and today's date in Stockholm, from the injected clock. */
export function timeOf(deps: Pick<AppDeps, 'clock'>): { now: string; today: string } {
  const d = deps.clock.now();
  return { now: d.toISOString(), today: formatDate(d) };
}

/** True when the database refused a second active contact with one address (the partial unique index): two
 *  requests raced past the service's own check. SQLite serialises writers, so in practice Postgres only. */
export function isActiveEmailConflict(e: unknown): boolean {
  const err = e as { code?: string; constraint?: string; message?: string } | null;
  return (err?.code === '23505' && err.constraint === 'contacts_active_email')
    || (err?.code === 'SQLITE_CONSTRAINT_UNIQUE' && /contacts\.email/.test(err.message ?? ''));
}
