import type { Cell, ResultRows } from './table-rows';

const label = (cell: Cell) => (cell.kind === 'text' ? cell.text : '');

/**
 * One question in several waves, side by side: rows by label (a category or a statistic), the share column (or
 * value) of each wave, "Antal svarande (n)" last. Each wave's cells keep their own suppression.
 */
export function sideBySide(waveNames: string[], perWave: ResultRows[], stats: boolean): ResultRows {
  const valueAt = stats ? 1 : 2;
  const labels = [...new Set(perWave.flatMap((r) => r.rows.slice(0, -1).map((row) => label(row[0]!))))];
  const missing: Cell = { kind: 'text', text: '' };
  const rows = labels.map((l) => [{ kind: 'text', text: l } as Cell, ...perWave.map((r) => r.rows.find((row) => label(row[0]!) === l)?.[valueAt] ?? missing)]);
  rows.push([{ kind: 'text', text: 'Antal svarande (n)' }, ...perWave.map((r) => r.rows.at(-1)![1]!)]);
  return {
    columns: [stats ? 'Mått' : 'Svarsalternativ', ...waveNames.map((name) => (stats ? name : `${name} (%)`))],
    rows,
    footnotes: [...new Set(perWave.flatMap((r) => r.footnotes.filter((f) => !f.includes('besvarade inte'))))],
  };
}
