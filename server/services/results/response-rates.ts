import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { countInvitationsByGroup, type InvitationDimension } from '../../../db/repositories/results-invitations';
import type { Wave } from '../../../db/repositories/waves';
import { suppressResponseRates, type ResponseRates } from '../../domain/results';
import { DIMENSION_LABELS, groupLabel, sortGroups } from './dimensions';

const BY_INVITATION: readonly InvitationDimension[] = ['landsdel', 'huvudgrupp', 'kommungrupp', 'lan'];

/** Invited, submitted and response rate: who answered, not what. While the wave is open only the overall
 *  progress; after close also per breakdown dimension, with the same suppression as the results. */
export async function waveResponseRates(db: Kysely<DB>, wave: Wave): Promise<ResponseRates> {
  const [overall] = await countInvitationsByGroup(db, wave.id, null);
  const byGroup = [];
  for (const dimension of wave.status !== 'closed' ? [] : wave.dimensions.filter((d): d is InvitationDimension => (BY_INVITATION as readonly string[]).includes(d))) {
    const counts = await countInvitationsByGroup(db, wave.id, dimension);
    const order = sortGroups(dimension, counts.map((c) => c.group ?? ''));
    const rows = order.map((g) => ({ ...counts.find((c) => (c.group ?? '') === g)!, label: groupLabel(dimension, g) }));
    byGroup.push({ dimension, label: DIMENSION_LABELS[dimension], rows });
  }
  return suppressResponseRates(overall, byGroup, wave.k);
}
