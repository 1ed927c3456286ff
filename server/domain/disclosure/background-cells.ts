import { assertK } from './k-threshold';

export interface BackgroundCell {
  /** One value per chosen breakdown dimension, e.g. { landsdel: 'Norrland', kommungrupp: 'A' }. */
  combination: Record<string, string>;
  /** Invited municipalities that have exactly this combination. */
  invited: number;
}

export interface TooSmallBackgroundCell extends BackgroundCell {
  message: string;
}

/**
 * Checked before a wave is sent: every combination of the chosen breakdown dimensions that
 * holds any invited municipality must hold at least k of them, or a respondent's background
 * attributes could point to a handful of municipalities. A combination with no invited
 * municipality (A1 in Norrland, say) identifies nobody and is not reported.
 * dimensionLabels turns keys into Swedish names ("landsdel" → "Landsdel"); keys are used otherwise.
 */
export function checkBackgroundCells(
  cells: readonly BackgroundCell[],
  k: number,
  dimensionLabels: Readonly<Record<string, string>> = {},
): TooSmallBackgroundCell[] {
  assertK(k);
  return cells
    .filter((cell) => cell.invited > 0 && cell.invited < k)
    .map((cell) => ({ ...cell, message: tooSmallMessage(cell, k, dimensionLabels) }));
}

function tooSmallMessage(cell: BackgroundCell, k: number, labels: Readonly<Record<string, string>>): string {
  const name = Object.entries(cell.combination)
    .map(([dimension, value]) => `${labels[dimension] ?? dimension} ${value}`)
    .join(' och ');
  const municipalities = cell.invited === 1 ? '1 inbjuden kommun' : `${cell.invited} inbjudna kommuner`;
  return `Gruppen med ${name} har bara ${municipalities}. Det behövs minst ${k} för att svaren inte ska kunna kopplas till en kommun.`;
}
