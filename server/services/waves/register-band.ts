import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Recipient } from '../../../db/repositories/contacts';
import { findIndicator } from '../../../db/repositories/register-indicators';
import { listIndicatorValues } from '../../../db/repositories/register-series';
import type { WaveAudience, WaveSettings } from '../../../db/repositories/waves';
import type { Dimension } from '../../../db/tables/waves';
import { bandLabelOf, fixBands, type RegisterBand } from '../../domain/register/bands';
import type { FieldErrors } from '../../inputs/field-errors';
import { recipientsFor } from './audience';
import type { MunicipalityAttributes } from './background';

/** What staff chose in the wave form: a stored register indicator (or none) and whether to add the RSS region. */
export interface BandChoice { registerIndicatorId?: number | null }

/**
 * Fixes a wave's register bands when it is scheduled (or changed while still scheduled): tertiles of the
 * indicator's latest year over the municipalities of the wave's audience, and the band of every municipality
 * with a value that year. Ballots then carry only the band label. Fixed here, not at opening or close, so the
 * bands never depend on who answered and a later register import does not move a municipality between bands.
 */
export async function fixRegisterBand(db: Kysely<DB>, indicatorId: number, audience: WaveAudience): Promise<{ band: RegisterBand } | { errors: FieldErrors }> {
  const indicator = await findIndicator(db, indicatorId);
  if (!indicator) return { errors: { register_indicator: 'Välj en registeruppgift som finns, eller Ingen' } };
  const panel = new Set((await recipientsFor(db, audience)).map((r) => r.kommunkod));
  const band = fixBands(indicator, await listIndicatorValues(db, indicatorId), panel);
  return band ? { band } : { errors: { register_indicator: 'Registeruppgiften har för få värden för de inbjudna kommunerna för att delas i tre band. Välj en annan, eller Ingen.' } };
}

/** The settings as stored: with the fixed bands, and 'band' among the dimensions exactly when there is one. */
export async function withRegisterBand(db: Kysely<DB>, s: WaveSettings & BandChoice): Promise<{ settings: WaveSettings; errors: FieldErrors }> {
  const { registerIndicatorId, ...rest } = s;
  const dimensions = rest.dimensions.filter((d): d is Dimension => d !== 'band');
  if (!registerIndicatorId) return { settings: { ...rest, dimensions, registerBand: null }, errors: {} };
  const fixed = await fixRegisterBand(db, registerIndicatorId, s.audience);
  if ('errors' in fixed) return { settings: { ...rest, dimensions, registerBand: null }, errors: fixed.errors };
  return { settings: { ...rest, dimensions: [...dimensions, 'band'], registerBand: fixed.band }, errors: {} };
}

/** A municipality's attributes with its band label, for the checks and the ballot. */
export function withBand<M extends MunicipalityAttributes & { kommunkod: string }>(m: M, band: RegisterBand | null | undefined): M {
  return band ? { ...m, band: bandLabelOf(band, m.kommunkod) } : m;
}

export function recipientsWithBands(recipients: readonly Recipient[], band: RegisterBand | null | undefined): Recipient[] {
  return recipients.map((r) => withBand(r, band));
}

/** What the respondent's ballot is built from: the coarse attributes and the band, never the register value. */
export function respondentMunicipality(row: {
  kommunkod: string; landsdel: string; huvudgrupp: string; kommungrupp: string; lan: string; population: number; register_band: string | null;
}): MunicipalityAttributes {
  const m = { kommunkod: row.kommunkod, landsdel: row.landsdel, huvudgrupp: row.huvudgrupp, kommungrupp: row.kommungrupp, lan: row.lan, population: row.population };
  return withBand(m, row.register_band ? (JSON.parse(row.register_band) as RegisterBand) : null);
}
