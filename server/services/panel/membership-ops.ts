import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { MemberStatus } from '../../../db/tables/panel';
import { writeAudit } from '../../../db/repositories/audit-log';
import { findMemberByKommunkod, findOpenPeriod, insertMember, setMemberStatus, startPeriod } from '../../../db/repositories/panel';
import type { Refusal } from './types';
import type { Actor } from '../../domain/actor';
import { ALLOWED_CHANGES, type MembershipChange } from '../../domain/panel/membership';

const NEXT_STATUS: Record<MembershipChange, MemberStatus> = { join: 'active', pause: 'paused', resume: 'active', leave: 'left' };

export interface MembershipChangeInput { kommunkod: string; change: MembershipChange; date: string; reason: string | null }

/** One status change inside the caller's transaction: the member row follows, and a new period starts. */
export async function changeMembershipIn(trx: Kysely<DB>, actor: Actor | null, c: MembershipChangeInput, today: string, now: string): Promise<{ ok: true; memberId: number } | Refusal> {
  const member = await findMemberByKommunkod(trx, c.kommunkod);
  if (!ALLOWED_CHANGES[member?.status ?? 'none'].includes(c.change)) {
    return { ok: false, field: 'change', message: 'Den ändringen går inte att göra för kommunens nuvarande status' };
  }
  if (c.date > today) return { ok: false, field: 'date', message: 'Datumet kan inte vara senare än i dag' };
  const open = member ? await findOpenPeriod(trx, member.id) : undefined;
  if (open && c.date < open.from_date) {
    return { ok: false, field: 'date', message: `Datumet kan inte vara före ${open.from_date}, då nuvarande status började` };
  }
  const status = NEXT_STATUS[c.change];
  let memberId: number;
  if (!member) memberId = await insertMember(trx, { kommunkod: c.kommunkod, joinedOn: c.date, reason: c.reason, now });
  else {
    memberId = member.id;
    await setMemberStatus(trx, memberId, {
      status, reason: c.reason,
      ...(c.change === 'join' ? { joinedOn: c.date, leftOn: null } : {}),
      ...(c.change === 'leave' ? { leftOn: c.date } : {}),
    });
  }
  await startPeriod(trx, { memberId, status, fromDate: c.date, reason: c.reason, now });
  await writeAudit(trx, { actor, action: `panel.member.${c.change}`, objectType: 'municipality', objectId: c.kommunkod, details: { date: c.date } }, now);
  return { ok: true, memberId };
}
