import type { SuppressionReason } from './suppress-groups';

/** Shown instead of a figure of a group with fewer than k respondents ("för få svar"). */
export const FEW_ANSWERS_MARK = '..';
/** Shown instead of a figure hidden only so that a small group cannot be worked out from the total. */
export const PROTECTING_MARK = '×';
/** @deprecated one mark for two meanings; kept for callers that only know "hidden". */
export const SUPPRESSED_MARK = FEW_ANSWERS_MARK;

export const markFor = (reason: SuppressionReason): string => (reason === 'primary' ? FEW_ANSWERS_MARK : PROTECTING_MARK);
/** The short label a chart shows in place of a hidden bar. */
export const chartLabelFor = (reason: SuppressionReason): string => (reason === 'primary' ? 'för få svar' : 'dold för att skydda en annan grupp');

export function primaryFootnote(k: number): string {
  return `${FEW_ANSWERS_MARK} = för få svar: gruppen har färre än ${k} svarande, så uppgiften visas inte.`;
}

// Says that groups are hidden to protect others, not which small group each one protects.
export function complementaryFootnote(): string {
  return `${PROTECTING_MARK} = dold för att skydda en annan grupp: annars skulle en grupp med för få svar kunna räknas fram ur totalen.`;
}

export function totalFootnote(k: number): string {
  return `${FEW_ANSWERS_MARK} = inga resultat visas eftersom färre än ${k} har svarat totalt.`;
}

/** The sentence in words: how many groups are hidden and why. */
export function hiddenSummary(primary: number, protecting: number): string {
  const groups = (n: number) => (n === 1 ? '1 grupp visas' : `${n} grupper visas`);
  if (protecting === 0) return `${groups(primary)} inte eftersom ${primary === 1 ? 'den' : 'de'} har för få svar.`;
  if (primary === 0) return `${groups(protecting)} inte, för att skydda grupper med för få svar.`;
  return `${groups(primary + protecting)} inte: ${primary} med för få svar och ${protecting} för att skydda ${primary === 1 ? 'den' : 'dem'}.`;
}
