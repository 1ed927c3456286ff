/**
 * Chooses the demo panel: `size` (149) of the 290 municipalities, "with a good spread over the
 * country and over municipality types" like the real Äldreomsorgspanelen.
 *
 * The rule (quoted in db/seed/reference/README.md):
 * 1. Stratify on landsdel × kommungrupp (3 × 9 = 27 cells; 25 hold municipalities, because
 *    Norrland has no A1 or A2).
 * 2. All three storstäder (A1) are members: they matter most to the centre. The other seats
 *    (size − 3) are allocated to the other strata in proportion to their number of
 *    municipalities, by the largest-remainder method, so each stratum gets its exact quota
 *    rounded down or up.
 * 3. Within each stratum the municipalities (sorted by kommunkod) are shuffled with a seeded
 *    mulberry32 PRNG, and the first ones in that order become members. Strata are handled in a
 *    fixed order, so the same input and seed always give the same panel.
 * 4. Every län gets at least 2 members (Gotlands län has one municipality, so it gets that one).
 *    Län are handled in lanskod order. A län short of members takes, in the first stratum (in
 *    the fixed order) where a swap is possible, its first non-member in shuffled order, in place
 *    of the latest-drawn member whose own län keeps its minimum. Swaps stay within one
 *    landsdel × kommungrupp cell, so the counts from steps 1–3 are unchanged.
 */
import type { Municipality } from '../../../db/seed/reference/municipalities';
import { KOMMUNGRUPP_CODES, LANDSDELAR } from '../../../server/domain/municipalities';
import { allocateLargestRemainder } from './largest-remainder';
import { createRng, shuffled } from './random';

export type PanelCandidate = Pick<Municipality, 'kommunkod' | 'lanskod' | 'landsdel' | 'kommungrupp'>;

export const DEMO_PANEL_SIZE = 149;
export const DEMO_PANEL_SEED = 2024;
const MIN_MEMBERS_PER_LAN = 2;

export function selectDemoPanel(
  municipalities: readonly PanelCandidate[],
  size = DEMO_PANEL_SIZE,
  seed = DEMO_PANEL_SEED,
): string[] {
  const rng = createRng(seed);
  const strata = stratify(municipalities).map((members) => shuffled(rng, members));
  const storstad = strata.map((s) => s[0]?.kommungrupp === 'A1');
  const forced = strata.filter((_, i) => storstad[i]).reduce((sum, s) => sum + s.length, 0);
  if (!Number.isInteger(size) || size < forced || size > municipalities.length) {
    throw new RangeError(`Panel size must be between ${forced} and ${municipalities.length}`);
  }
  const weights = strata.map((s, i) => (storstad[i] ? 0 : s.length));
  const quotas = allocateLargestRemainder(weights, size - forced);
  const draws = strata.map((s, i) => ({ order: s, taken: storstad[i] ? s.length : quotas[i]! }));
  ensureLanMinimum(draws, municipalities);
  return draws.flatMap((d) => d.order.slice(0, d.taken).map((m) => m.kommunkod)).sort();
}

/** Strata in the fixed order landsdel × kommungrupp; empty cells are left out. */
function stratify(municipalities: readonly PanelCandidate[]): PanelCandidate[][] {
  const sorted = [...municipalities].sort((a, b) => (a.kommunkod < b.kommunkod ? -1 : 1));
  return LANDSDELAR.flatMap((landsdel) =>
    KOMMUNGRUPP_CODES.map((grupp) => sorted.filter((m) => m.landsdel === landsdel && m.kommungrupp === grupp)),
  ).filter((stratum) => stratum.length > 0);
}

/** A stratum's shuffled order; its first `taken` entries are the members. */
interface Draw {
  order: PanelCandidate[];
  taken: number;
}

function ensureLanMinimum(draws: Draw[], municipalities: readonly PanelCandidate[]): void {
  const lanSize = countByLan(municipalities);
  const minimum = (lan: string) => Math.min(MIN_MEMBERS_PER_LAN, lanSize.get(lan) ?? 0);
  const memberCount = () => countByLan(draws.flatMap((d) => d.order.slice(0, d.taken)));
  for (const lan of [...lanSize.keys()].sort()) {
    while ((memberCount().get(lan) ?? 0) < minimum(lan)) {
      if (!swapInto(lan, draws, memberCount(), minimum)) {
        throw new Error(`Cannot give län ${lan} ${minimum(lan)} panel members`);
      }
    }
  }
}

/** Moves one non-member of `lan` into the panel in place of a member of the same stratum. */
function swapInto(lan: string, draws: Draw[], members: Map<string, number>, minimum: (lan: string) => number) {
  for (const draw of draws) {
    const incoming = draw.order.findIndex((m, i) => i >= draw.taken && m.lanskod === lan);
    if (incoming < 0) continue;
    for (let outgoing = draw.taken - 1; outgoing >= 0; outgoing--) {
      const donor = draw.order[outgoing]!.lanskod;
      if (donor === lan || (members.get(donor) ?? 0) <= minimum(donor)) continue;
      const [a, b] = [draw.order[outgoing]!, draw.order[incoming]!];
      draw.order[outgoing] = b;
      draw.order[incoming] = a;
      return true;
    }
  }
  return false;
}

function countByLan(municipalities: readonly PanelCandidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of municipalities) counts.set(m.lanskod, (counts.get(m.lanskod) ?? 0) + 1);
  return counts;
}
