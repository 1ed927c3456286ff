import { listMunicipalities } from '../../../db/repositories/municipalities';
import type { AppDeps } from '../../deps';

export interface MunicipalityChoices { options: { value: string; label: string }[]; codes: ReadonlySet<string> }

/** The 290 municipalities for the registration form, alphabetical in Swedish; read once per app. */
export function municipalityChoices(deps: AppDeps): () => Promise<MunicipalityChoices> {
  let loaded: Promise<MunicipalityChoices> | null = null;
  return () => {
    loaded ??= listMunicipalities(deps.db).then((rows) => {
      const sorted = [...rows].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
      return {
        options: [{ value: '', label: 'Välj kommun' }, ...sorted.map((m) => ({ value: m.kommunkod, label: m.name }))],
        codes: new Set(rows.map((m) => m.kommunkod)),
      };
    });
    loaded.catch(() => { loaded = null; });
    return loaded;
  };
}
