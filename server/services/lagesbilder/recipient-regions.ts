import { listActiveRecipients } from '../../../db/repositories/contacts';
import { listMunicipalities } from '../../../db/repositories/municipalities';
import { rssRegionOf, rssRegions } from '../../domain/municipalities';
import type { AppDeps } from '../../deps';
import type { AddressEntry } from '../../domain/lagesbild/address-lines';

// Recipient lists by RSS region (regional stödstruktur, issue 18): a list may name regions, and when it
// is sent the panel municipalities' current contacts in those regions get it too (read at send time,
// like the panel-contacts list, so unsubscribed and bounced contacts are left out).

export interface RegionGroup { lan: string; regions: { code: string; name: string }[] }

/** The 24 RSS regions grouped by län (Västra Götalands län holds four), in code order. */
export async function rssRegionGroups(deps: AppDeps): Promise<RegionGroup[]> {
  const municipalities = await listMunicipalities(deps.db);
  const lanOf = new Map(municipalities.map((m) => [rssRegionOf(m).code, m.lan]));
  const groups: RegionGroup[] = [];
  for (const region of rssRegions(municipalities)) {
    const lan = lanOf.get(region.code)!;
    const group = groups.at(-1)?.lan === lan ? groups.at(-1)! : (groups.push({ lan, regions: [] }), groups.at(-1)!);
    group.regions.push(region);
  }
  return groups;
}

/** Codes that name no RSS region. */
export function unknownRegions(groups: readonly RegionGroup[], codes: readonly string[]): string[] {
  const known = new Set(groups.flatMap((g) => g.regions.map((r) => r.code)));
  return codes.filter((c) => !known.has(c));
}

/** The current contacts of the panel municipalities in these regions. */
export async function regionRecipients(deps: AppDeps, codes: readonly string[]): Promise<AddressEntry[]> {
  if (codes.length === 0) return [];
  const chosen = new Set(codes);
  const municipalities = await listMunicipalities(deps.db);
  const inRegions = new Set(municipalities.filter((m) => chosen.has(rssRegionOf(m).code)).map((m) => m.kommunkod));
  const contacts = await listActiveRecipients(deps.db);
  return contacts.filter((c) => inRegions.has(c.kommunkod)).map((c) => ({ email: c.email.toLowerCase(), name: c.name }));
}

/** Region names for the list overview ("Skaraborg, Uppsala län"). */
export function regionNames(groups: readonly RegionGroup[], codes: readonly string[]): string[] {
  const names = new Map(groups.flatMap((g) => g.regions.map((r) => [r.code, r.name] as const)));
  return codes.map((c) => names.get(c) ?? c);
}
