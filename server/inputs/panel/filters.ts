import { z } from 'zod';
import { HUVUDGRUPPER, KOMMUNGRUPP_CODES, LANDSDELAR } from '../../domain/municipalities';
import type { MunicipalityFilter, PanelStatusFilter } from '../../../db/repositories/municipalities';

const STATUSES = ['i-panelen', 'aktiv', 'pausad', 'lamnat', 'inte-med'] as const satisfies readonly PanelStatusFilter[];
const GROUPS = [...Object.keys(HUVUDGRUPPER), ...KOMMUNGRUPP_CODES] as [string, ...string[]];

// GET filters are lenient: an unknown value means "no filter", never an error page.
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const municipalityFilterInput = z.object({
  lan: loose(z.string().max(2).regex(/^\d{2}$/)),
  landsdel: loose(z.enum(LANDSDELAR)),
  grupp: loose(z.enum(GROUPS)),
  status: loose(z.enum(STATUSES)),
  q: z.string().trim().max(60).optional().catch(undefined),
});
export type MunicipalityFilterInput = z.output<typeof municipalityFilterInput>;

/** Query → repository filter: a one-letter group is a huvudgrupp (A, B, C), two characters a kommungrupp. */
export function toMunicipalityFilter(f: MunicipalityFilterInput): MunicipalityFilter {
  return {
    lanskod: f.lan, landsdel: f.landsdel, status: f.status,
    ...(f.grupp && f.grupp.length === 1 ? { huvudgrupp: f.grupp } : { kommungrupp: f.grupp }),
  };
}

export const DEFAULT_THRESHOLD = 5;

/** "5", "2,5" or "2.5" percentage points, between 0 and 50. */
export function parseThreshold(raw: unknown): { value: number; error?: string } {
  if (raw === undefined || raw === '') return { value: DEFAULT_THRESHOLD };
  const n = typeof raw === 'string' && /^\s*\d{1,2}([.,]\d{1,2})?\s*$/.test(raw) ? Number(raw.replace(',', '.')) : NaN;
  if (Number.isFinite(n) && n >= 0 && n <= 50) return { value: n };
  return { value: DEFAULT_THRESHOLD, error: `Ange gränsen som ett tal mellan 0 och 50, till exempel 5. Gränsen ${DEFAULT_THRESHOLD} används nu.` };
}
