import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { findContact } from '../../../db/repositories/contacts';
import { findMemberByKommunkod } from '../../../db/repositories/panel';
import { correctContactIn, setContactIn } from './contact-ops';
import type { PlannedRow } from './import-plan';
import { changeMembershipIn } from './membership-ops';
import type { Stamp } from './types';

/** A row the register refused while applying; the whole import is rolled back. */
export class ImportRowRefused extends Error {
  constructor(readonly line: number, message: string) { super(message); }
}

/** Carries out one planned row inside the import's transaction (error and unchanged rows do nothing). */
export async function executeImportRow(trx: Kysely<DB>, planned: PlannedRow, s: Stamp): Promise<void> {
  const row = planned.row;
  if (!row || planned.status === 'error' || planned.status === 'unchanged') return;
  const refuse = (message: string) => { throw new ImportRowRefused(planned.line, message); };
  let memberId: number;
  if (planned.join) {
    const joined = await changeMembershipIn(trx, s.actor, { kommunkod: row.kommunkod, change: 'join', date: s.today, reason: 'Tillagd genom import' }, s.today, s.now);
    if (!joined.ok) return refuse(joined.message);
    memberId = joined.memberId;
  } else {
    const member = await findMemberByKommunkod(trx, row.kommunkod);
    if (!member) return refuse('Kommunen är inte med i panelen');
    memberId = member.id;
  }
  const action = planned.action;
  if (action.kind === 'add' || action.kind === 'replace') {
    const set = await setContactIn(trx, memberId, row.role, { name: row.name!, title: row.title, email: row.email, phone: row.phone }, s);
    if (!set.ok) refuse(set.message);
  } else if (action.kind === 'update') {
    const current = await findContact(trx, action.contactId);
    if (!current) return refuse('Kontaktpersonen finns inte längre');
    const merged = { name: row.name ?? current.name, title: row.title ?? current.title, email: row.email, phone: row.phone ?? current.phone };
    const fixed = await correctContactIn(trx, current, merged, s);
    if (!fixed.ok) refuse(fixed.message);
  }
}
