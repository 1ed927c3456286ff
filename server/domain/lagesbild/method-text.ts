import type { MethodBox } from './document';
import { formatInteger, formatPercent, joinSwedishList } from './format-sv';

/** The numbers a method box is written from; `text` is what buildMethodText produces. */
export type MethodFacts = Omit<MethodBox, 'text'>;

/** One row of the short fact list shown at the top of "Om undersökningen". */
export type MethodFact = { term: string; value: string };

export function describeMethodFacts(method: MethodFacts): MethodFact[] {
  const facts: MethodFact[] = [
    { term: 'Målgrupp', value: method.population },
    { term: 'Inbjudna', value: `${formatInteger(method.invited)} kommuner` },
    { term: 'Svarande', value: `${formatInteger(method.answered)} kommuner` },
    { term: 'Svarsfrekvens', value: formatPercent(method.responseRate) },
    { term: 'Fältperiod', value: `${method.fieldPeriod.from} till ${method.fieldPeriod.to}` },
    { term: 'Minsta redovisade grupp', value: `${formatInteger(method.k)} svarande` },
  ];
  if (method.breakdowns.length > 0) {
    facts.push({ term: 'Redovisas per', value: joinSwedishList(method.breakdowns) });
  }
  return facts;
}

/** The plain-Swedish paragraphs that explain who was asked and how anonymity and suppression were applied. */
export function buildMethodText(method: MethodFacts): string[] {
  const { invited, answered, k } = method;
  const breakdownSentence =
    method.breakdowns.length > 0
      ? `Resultaten redovisas för hela riket och uppdelat på ${joinSwedishList(method.breakdowns)}, en indelning i taget.`
      : 'Resultaten redovisas för hela riket.';
  return [
    `Enkäten riktades till ${method.population}. Den skickades till ${formatInteger(invited)} kommuner och ` +
      `${formatInteger(answered)} svarade, vilket ger en svarsfrekvens på ${formatPercent(method.responseRate)}. ` +
      `Fältperioden var ${method.fieldPeriod.from} till ${method.fieldPeriod.to}.`,
    'Svaren är anonyma. De sparas utan koppling till kommunen som svarade, så ett svar kan inte ' +
      'kopplas till en viss kommun, varken av oss eller av någon som begär ut uppgifterna.',
    `Resultat visas bara för grupper med minst ${formatInteger(k)} svarande. För mindre grupper står ` +
      'två punkter (..) i stället för värdet: för få svar. Så att ett dolt värde inte kan räknas fram ur totalen ' +
      'döljs också en eller flera grupper, valda i en fast ordning och markerade med kryss (×): dolda för att skydda en annan grupp. ' +
      'Bakgrundsuppgifterna följer med ett svar bara när minst lika många svarande delar dem; annars redovisas de ' +
      `som uppgift saknas. ${breakdownSentence}`,
  ];
}
