import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { listMunicipalities } from '../../../db/repositories/municipalities';
import type { RegisterIndicator } from '../../../db/repositories/register-indicators';
import { listIndicatorValues } from '../../../db/repositories/register-series';
import { KOMMUNGRUPPER, rssRegionOf, rssRegions, type KommungruppCode } from '../../domain/municipalities';
import { compareOverYears, valuesByGroup, type ComparisonYear, type GroupValue } from '../../domain/register/compare';

export interface Comparison {
  kommun: { kommunkod: string; name: string; lan: string; rssName: string; rssIsLan: boolean };
  grupp: { code: string; name: string };
  years: ComparisonYear[];
  /** The latest year per RSS region (24). */
  rss: { year: number; regions: { code: string; name: string; value: GroupValue }[] } | null;
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
  const values = await listIndicatorValues(db, ind.id);
  const latest = values.reduce((max, v) => Math.max(max, v.year), 0);
  return {
    kommun: { kommunkod: self.kommunkod, name: self.name, lan: self.lan, rssName: rss.name, rssIsLan: rss.code === self.lanskod },
    grupp: { code: grupp, name: `${grupp} ${KOMMUNGRUPPER[grupp].name}` },
    years: compareOverYears(values, places, { kommunkod: self.kommunkod, kommungrupp: grupp }),
    rss: latest ? { year: latest, regions: valuesByGroup(values, places, latest, rssRegions(municipalities), (p) => p.rss) } : null,
    kommunOptions: [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((m) => ({ value: m.kommunkod, label: m.name })),
    gruppOptions: Object.values(KOMMUNGRUPPER).map((g) => ({ value: g.code, label: `${g.code} ${g.name}` })),
  };
}
