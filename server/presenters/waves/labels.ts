import type { Dimension, WaveStatus } from '../../../db/tables/waves';
import type { WaveAudience } from '../../../db/repositories/waves';
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
};

export const landsdelOptions = LANDSDELAR.map((l) => ({ value: l, label: l }));
export const huvudgruppOptions = Object.entries(HUVUDGRUPPER).map(([code, name]) => ({ value: code, label: `${code}: ${name}` }));
export const kommungruppOptions = KOMMUNGRUPP_CODES.map((c) => ({ value: c, label: `${c}: ${KOMMUNGRUPPER[c].name}` }));
export const dimensionOptions = (Object.keys(DIMENSION_LABELS) as Dimension[]).map((d) => ({ value: d, label: DIMENSION_LABELS[d] }));
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
