import type { Dimension, WaveStatus } from '../../../db/tables/waves';
import type { WaveAudience } from '../../../db/repositories/waves';
import type { RegisterBand } from '../../domain/register/bands';
import { HUVUDGRUPPER, KOMMUNGRUPPER, KOMMUNGRUPP_CODES, LANDSDELAR } from '../../domain/municipalities';

export const WAVE_STATUS: Readonly<Record<WaveStatus, { text: string; tag: string }>> = {
  scheduled: { text: 'Planerat', tag: 'tag--grey' },
  open: { text: 'Öppet', tag: 'tag--green' },
  closed: { text: 'Stängt', tag: '' },
  cancelled: { text: 'Avbrutet', tag: 'tag--grey' },
};

export const DIMENSION_LABELS: Readonly<Record<Dimension, string>> = {
  landsdel: 'Landsdel (Götaland, Svealand, Norrland)',
  huvudgrupp: 'Kommungruppens huvudgrupp (A, B, C)',
  kommungrupp: 'Kommungrupp (A1–C9)',
  lan: 'Län',
  storleksklass: 'Folkmängd (fem storleksklasser)',
  band: 'Registerband (tredjedelar av en registeruppgift)',
  rss: 'RSS-region (24 regionala stödstrukturer)',
};

export const landsdelOptions = LANDSDELAR.map((l) => ({ value: l, label: l }));
export const huvudgruppOptions = Object.entries(HUVUDGRUPPER).map(([code, name]) => ({ value: code, label: `${code}: ${name}` }));
export const kommungruppOptions = KOMMUNGRUPP_CODES.map((c) => ({ value: c, label: `${c}: ${KOMMUNGRUPPER[c].name}` }));
export const dimensionOptions = (Object.keys(DIMENSION_LABELS) as Dimension[]).filter((d) => d !== 'band' && d !== 'rss').map((d) => ({ value: d, label: DIMENSION_LABELS[d] }));
export const audienceOptions = [
  { value: 'all', label: 'Hela den aktiva panelen' },
  { value: 'filter', label: 'Bara kommuner i vissa grupper' },
];

/** "Hela panelen" or "Landsdel: Norrland · Huvudgrupp: C". */
export function audienceText(a: WaveAudience): string {
  if (a.kind === 'all') return 'Hela den aktiva panelen';
  const parts = [
    a.landsdel?.length ? `Landsdel: ${a.landsdel.join(', ')}` : '',
    a.huvudgrupp?.length ? `Huvudgrupp: ${a.huvudgrupp.join(', ')}` : '',
    a.kommungrupp?.length ? `Kommungrupp: ${a.kommungrupp.join(', ')}` : '',
  ].filter(Boolean);
  return parts.join(' · ') || 'Hela den aktiva panelen';
}

export function dimensionsText(dimensions: readonly Dimension[]): string {
  return dimensions.length ? dimensions.map((d) => DIMENSION_LABELS[d].replace(/ \(.*\)$/, '')).join(', ') : 'Inga (bara totalt)';
}

/** "Invånare 80+ … år 2025: Lägre tredjedel till och med 11,8 · Mellersta tredjedel till och med 13,1 · Högre tredjedel över 13,1". */
export function registerBandText(b: RegisterBand): string {
  const n = (v: number) => v.toLocaleString('sv-SE');
  const bands = b.labels.map((label, i) => (i < b.cuts.length ? `${label} till och med ${n(b.cuts[i]!)}` : `${label} över ${n(b.cuts[i - 1]!)}`));
  return `${b.title}, år ${b.year}: ${bands.join(' · ')}`;
}
