import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { listActiveRecipients, type Recipient } from '../../../db/repositories/contacts';
import type { WaveAudience } from '../../../db/repositories/waves';

/** Who would be invited if the wave opened now. */
export function recipientsFor(db: Kysely<DB>, audience: WaveAudience): Promise<Recipient[]> {
  if (audience.kind === 'all') return listActiveRecipients(db);
  return listActiveRecipients(db, { landsdel: audience.landsdel, huvudgrupp: audience.huvudgrupp, kommungrupp: audience.kommungrupp });
}
