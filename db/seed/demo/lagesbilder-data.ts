import type { AppDeps } from '../../../server/deps';
import { listFigureOptions } from '../../../server/services/lagesbilder/figure-sources';

/** Figures for the demo lägesbild: the first six the picker offers (from the June wave once results has them). */
export async function demoFigureKeys(deps: AppDeps, _juneWaveId: number | undefined): Promise<string[]> {
  return (await listFigureOptions(deps)).slice(0, 6).map((o) => o.key);
}

/** Fictitious registry addresses for every municipality: "Ale kommun <registrator@ale.kommun.example>". */
export async function demoRegistryAddresses(deps: AppDeps): Promise<string> {
  const rows = await deps.db.selectFrom('municipalities').select(['name']).orderBy('name').execute();
  return rows.map((m) => `${m.name} kommun <registrator@${slug(m.name)}.kommun.example>`).join('\n');
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
