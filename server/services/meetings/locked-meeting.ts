import type { Kysely } from 'kysely';
import { lockMeeting, type MeetingRow } from '../../../db/repositories/meetings';
import type { DB } from '../../../db/schema';
import type { AppDeps } from '../../deps';

type NotFound = { kind: 'not-found' };

/**
 * One transaction with the meeting's row locked (see lockMeeting), so changes to one meeting run one at a time.
 * A meeting that does not exist ends it as not-found; with `ifCancelled`, so does a cancelled one, as that value.
 */
export function inLockedMeeting<T, C = never>(
  deps: AppDeps, id: number, work: (trx: Kysely<DB>, meeting: MeetingRow) => Promise<T>, ifCancelled?: C,
): Promise<T | C | NotFound> {
  return deps.db.transaction().execute(async (trx): Promise<T | C | NotFound> => {
    const meeting = await lockMeeting(trx, deps.dialect, id);
    if (!meeting) return { kind: 'not-found' };
    if (ifCancelled !== undefined && meeting.status === 'cancelled') return ifCancelled;
    return work(trx, meeting);
  });
}
