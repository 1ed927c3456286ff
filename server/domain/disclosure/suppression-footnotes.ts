/** The mark shown instead of a hidden figure (an en dash, so export writers never take it for a minus). */
export const SUPPRESSED_MARK = '–';

export function primaryFootnote(k: number): string {
  return `${SUPPRESSED_MARK} = uppgiften visas inte eftersom gruppen har färre än ${k} svarande.`;
}

// Worded without naming groups: saying which hidden group is the large one would undo the protection.
export function complementaryFootnote(): string {
  return `${SUPPRESSED_MARK} = uppgiften visas inte heller för en eller flera större grupper, för att den dolda gruppen inte ska kunna räknas fram ur totalen.`;
}

export function totalFootnote(k: number): string {
  return `${SUPPRESSED_MARK} = inga resultat visas eftersom färre än ${k} har svarat totalt.`;
}
