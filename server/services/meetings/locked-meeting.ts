import type { Kysely } from 'kysely';
import { lockMeeting, type MeetingRow } from '../../../db/repositories/meetings';
import type { DB } from '../../../db/schema';
import type { AppDeps } from '../../deps';
import { refusal, type Refusal } from '../outcome';

/**
 * One transaction with the meeting's row locked (see lockMeeting), so changes to one meeting run one at a time.
 * A meeting that does not exist ends it as the refusal 'not-found'; with `ifCancelled`, a cancelled one ends it
 * with that value.
 */
export function inLockedMeeting<T, C = never>(
  deps: AppDeps, id: number, work: (trx: Kysely<DB>, meeting: MeetingRow) => Promise<T>, ifCancelled?: C,
): Promise<T | C | Refusal<'not-found'>> {
  return deps.db.transaction().execute(async (trx): Promise<T | C | Refusal<'not-found'>> => {
    const meeting = await lockMeeting(trx, deps.dialect, id);
    if (!meeting) return refusal('not-found');
    if (ifCancelled !== undefined && meeting.status === 'cancelled') return ifCancelled;
    return work(trx, meeting);
  });
}
