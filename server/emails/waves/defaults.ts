/** The Swedish texts a new wave starts with; staff may change them before the wave opens. */
export const DEFAULT_INVITATION_SUBJECT = 'Ny enkät från Äldreomsorgspanelen';

export const DEFAULT_INVITATION_TEXT = [
  'Äldreomsorgspanelen har en ny enkät till dig som är äldreomsorgschef eller motsvarande. Den tar bara några minuter att besvara.',
  'Dina svar sammanställs till en lägesbild som går till regeringen och tillbaka till kommunerna. Resultat redovisas bara för grupper av kommuner, aldrig för en enskild kommun.',
].join('\n\n');

export const DEFAULT_REMINDER_TEXT = [
  'Vi har ännu inte fått något svar från dig på Äldreomsorgspanelens enkät. Varje svar gör lägesbilden säkrare, så vi blir glada om du tar dig tid att svara.',
  'Har du redan börjat? Då finns dina svar kvar och du fortsätter där du slutade.',
].join('\n\n');
