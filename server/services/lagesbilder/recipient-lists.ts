import { writeAudit } from '../../../db/repositories/audit-log';
import { insertRecipientList, updateRecipientList } from '../../../db/repositories/lagesbilder-recipients';
import { replaceListRegions } from '../../../db/repositories/recipient-list-regions';
import type { AppDeps } from '../../deps';
import type { RecipientListInput } from '../../inputs/lagesbilder/recipient-list';
import type { NamedActor } from '../../domain/actor';

/** The form's values; regions (RSS codes, already checked) default to none. */
export type RecipientListFields = Omit<RecipientListInput, 'regions'> & { regions?: string[] };

function columns(input: RecipientListFields) {
  return { name: input.name, kind: input.kind, addresses: input.kind === 'addresses' ? input.addresses.trim() : '', attach_pdf: input.attach_pdf === '1' ? 1 : 0 };
}

export async function createRecipientList(deps: AppDeps, actor: NamedActor, input: RecipientListFields): Promise<number> {
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const id = await insertRecipientList(trx, { ...columns(input), created_at: now, updated_at: now });
    await replaceListRegions(trx, id, input.regions ?? []);
    await writeAudit(trx, { actor, action: 'lagesbild.recipients.create', objectType: 'recipient_list', objectId: id, details: { regions: input.regions ?? [] } }, now);
    return id;
  });
}

export async function changeRecipientList(deps: AppDeps, actor: NamedActor, id: number, input: RecipientListFields): Promise<void> {
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await updateRecipientList(trx, id, { ...columns(input), updated_at: now });
    await replaceListRegions(trx, id, input.kind === 'addresses' ? input.regions ?? [] : []);
    await writeAudit(trx, { actor, action: 'lagesbild.recipients.update', objectType: 'recipient_list', objectId: id, details: { regions: input.regions ?? [] } }, now);
  });
}
