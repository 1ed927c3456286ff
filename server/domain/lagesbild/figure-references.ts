import type { Figure } from './document';

// The text says "skillnaderna mellan landsdelarna syns i figur 2" while figure 2 hides two of three
// landsdelar: warn the writer (issue 16 §2). A hidden cell is a short mark without digits ("–", "×", "..").
const HIDDEN = /^[^\p{N}\p{L}]{1,2}$/u;

/** Figure numbers (1-based) named in a text: "figur 2", "Figur 3 och 4", "figurerna 1–2". */
export function referencedFigures(text: string): number[] {
  const numbers = new Set<number>();
  for (const m of text.matchAll(/figur\p{L}*\s+((?:\d+(?:\s*(?:,|och|–|-)\s*)?)+)/giu)) {
    for (const n of m[1]!.match(/\d+/g) ?? []) numbers.add(Number(n));
  }
  return [...numbers].sort((a, b) => a - b);
}

/** Rows (groups) of a figure's table whose figures are hidden, and all group rows with figures ("Totalt" is no group). */
export function hiddenRows(figure: Figure): { hidden: number; total: number } {
  const rows = figure.table.rows.filter((row) => !/^totalt$/i.test(row[0]?.trim() ?? '') && row.slice(1).some((cell) => cell.trim() !== ''));
  return { hidden: rows.filter((row) => row.slice(1).some((cell) => HIDDEN.test(cell.trim()))).length, total: rows.length };
}

/** One Swedish warning per figure the text refers to whose rows are mostly (more than half) hidden. */
export function hiddenFigureWarnings(texts: readonly string[], figures: readonly Figure[]): string[] {
  const named = referencedFigures(texts.join('\n'));
  return named.flatMap((n) => {
    const figure = figures[n - 1];
    if (!figure) return [];
    // A beside figure's register half is never suppressed; its panel half is what may hide groups.
    const { hidden, total } = hiddenRows(figure.beside ? { ...figure, table: figure.beside.panel.table } : figure);
    if (total === 0 || hidden * 2 <= total) return [];
    return [`Texten hänvisar till figur ${n}, men ${hidden} av ${total} rader i figuren är dolda för att skydda små grupper. Läsaren kan inte se det texten beskriver: skriv om eller välj en annan uppdelning.`];
  });
}
