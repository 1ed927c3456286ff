import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { listMunicipalities } from '../../../db/repositories/municipalities';
import type { RegisterIndicator } from '../../../db/repositories/register-indicators';
import { listIndicatorValues } from '../../../db/repositories/register-series';
import { KOMMUNGRUPPER, type KommungruppCode } from '../../../db/seed/reference/municipalities';
import { rssRegionOf } from '../../../db/seed/reference/rss-regions';
import { compareOverYears, type ComparisonYear } from '../../domain/register/compare';

export interface Comparison {
  kommun: { kommunkod: string; name: string; lan: string; rssName: string; rssIsLan: boolean };
  grupp: { code: string; name: string };
  years: ComparisonYear[];
  kommunOptions: { value: string; label: string }[];
  gruppOptions: { value: string; label: string }[];
}

const isGroup = (code: string): code is KommungruppCode => Object.hasOwn(KOMMUNGRUPPER, code);

/** The indicator for one municipality (default: the first by code) beside its län, RSS region, riket and a kommungrupp. */
export async function registerComparison(db: Kysely<DB>, ind: RegisterIndicator, requested: { kommun?: string; grupp?: string }): Promise<Comparison> {
  const municipalities = await listMunicipalities(db);
  const self = municipalities.find((m) => m.kommunkod === requested.kommun) ?? municipalities[0]!;
  const grupp = requested.grupp && isGroup(requested.grupp) ? requested.grupp : (self.kommungrupp as KommungruppCode);
  const places = municipalities.map((m) => ({ kommunkod: m.kommunkod, lanskod: m.lanskod, kommungrupp: m.kommungrupp, rss: rssRegionOf(m).code, population: m.population > 0 ? m.population : null }));
  const rss = rssRegionOf(self);
  return {
    kommun: { kommunkod: self.kommunkod, name: self.name, lan: self.lan, rssName: rss.name, rssIsLan: rss.code === self.lanskod },
    grupp: { code: grupp, name: `${grupp} ${KOMMUNGRUPPER[grupp].name}` },
    years: compareOverYears(await listIndicatorValues(db, ind.id), places, { kommunkod: self.kommunkod, kommungrupp: grupp }),
    kommunOptions: [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((m) => ({ value: m.kommunkod, label: m.name })),
    gruppOptions: Object.values(KOMMUNGRUPPER).map((g) => ({ value: g.code, label: `${g.code} ${g.name}` })),
  };
}
