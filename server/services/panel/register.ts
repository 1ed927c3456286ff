import type { AppDeps } from '../../deps';
import type { ContactRole } from '../../../db/tables/panel';
import type { ContactInput } from '../../inputs/panel/contact';
import { findMemberByKommunkod } from '../../../db/repositories/panel';
import { correctContactIn, endContactIn, setContactIn } from './contact-ops';
import { changeMembershipIn, type MembershipChangeInput } from './membership-ops';
import { EMAIL_TAKEN } from './contact-ops';
import { isActiveEmailConflict, timeOf, type Refusal } from './types';
import type { Actor } from '../../domain/actor';

// Commands behind the register's forms; each owns its transaction and writes the audit log.

export async function changeMembership(deps: AppDeps, actor: Actor | null, input: MembershipChangeInput): Promise<{ ok: true } | Refusal> {
  const { now, today } = timeOf(deps);
  return deps.db.transaction().execute((trx) => changeMembershipIn(trx, actor, input, today, now));
}

async function refusingEmailRace<T>(run: () => Promise<T | Refusal>): Promise<T | Refusal> {
  try {
    return await run();
  } catch (e) {
    if (isActiveEmailConflict(e)) return { ok: false, field: 'email', message: EMAIL_TAKEN };
    throw e;
  }
}

/** New contact in a role; the current one (if any) ends today and stays in the history. */
export async function replaceContact(deps: AppDeps, actor: Actor | null, kommunkod: string, role: ContactRole, data: ContactInput): Promise<{ ok: true; id: number } | Refusal> {
  const { now, today } = timeOf(deps);
  return refusingEmailRace(() => deps.db.transaction().execute(async (trx) => {
    const member = await findMemberByKommunkod(trx, kommunkod);
    if (!member) return { ok: false, field: 'name', message: 'Kommunen är inte med i panelen' } as const;
    return setContactIn(trx, member.id, role, data, { actor, today, now });
  }));
}

export async function correctContact(deps: AppDeps, actor: Actor | null, contact: { id: number } & ContactInput, data: ContactInput): Promise<{ ok: true } | Refusal> {
  const { now, today } = timeOf(deps);
  return refusingEmailRace(() => deps.db.transaction().execute((trx) => correctContactIn(trx, contact, data, { actor, today, now })));
}

export async function endContact(deps: AppDeps, actor: Actor | null, contactId: number): Promise<void> {
  const { now, today } = timeOf(deps);
  await deps.db.transaction().execute((trx) => endContactIn(trx, contactId, { actor, today, now }));
}
