import type { LagesbildDocument, MethodBox } from './document';
import { buildMethodText, type MethodFacts } from './method-text';
import { sampleFigures } from './sample-figures';

// A complete, realistic lägesbild for tests, the benchmark and the demo seed. The municipality
// examples come from the feedback meeting, where municipalities speak for themselves; survey
// answers are never shown per municipality.

const BODY_MARKDOWN = `# Bakgrund

Sommaren är varje år en ansträngd period för äldreomsorgen. Ordinarie personal ska få sin semester, samtidigt som behovet av hemtjänst och vård på särskilt boende är lika stort som under resten av året. Många kommuner har under flera år haft svårt att rekrytera **sommarvikarier**, och bristen på sjuksköterskor har varit särskilt stor.

I slutet av april ställde vi därför frågor om bemanningen inför sommaren till Äldreomsorgspanelen, där äldreomsorgschefer från 149 kommuner ingår. Den här lägesbilden redovisar svaren. En uppföljning om hur sommaren faktiskt blev görs i september.

# Resultat

## Bristen är störst i Norrland

Andelen kommuner som saknar vikarier är högre i Norrland än i övriga landet (figur 2 och 3). Långa avstånd, få sökande och konkurrens med besöksnäringen gör rekryteringen svårare. Flera kommuner skriver att ordinarie personal *redan i maj* hade fått flytta sin semester.

## Vad kommunerna gör

Kommunerna arbetar på flera sätt för att klara sommaren:

- erbjuder högre lön eller bonus till vikarier som stannar hela sommaren
- delar vikariepooler med grannkommuner
- planerar om insatser, till exempel genom att samla besök i hemtjänsten
- anställer undersköterskestudenter tidigare under våren

## Exempel från återkopplingsmötet

Vid återkopplingsmötet 2025-06-17 berättade några kommuner om sina arbetssätt. Exemplen kommer från mötet, inte från enkätsvaren, och kommunerna har själva valt att dela dem.

| Kommun eller område | Arbetssätt |
|---|---|
| Åre | Delar vikarier med besöksnäringen, som har sin högsäsong på vintern |
| Östra Göinge | Ger sommarvikarier introduktion redan under påsklovet |
| Kommuner i Hälsingland | Annonserar sommarjobb gemensamt och delar på introduktionsdagar |

En deltagare sammanfattade erfarenheten så här:

> Vi började rekrytera i januari i stället för i mars, och det gav fler sökande med erfarenhet.

Läs mer om Äldreomsorgspanelen och tidigare lägesbilder på [kompetenscentrets webbplats](https://www.example.se/aldreomsorgspanelen).
`;

const METHOD_FACTS: MethodFacts = {
  population: 'äldreomsorgschefer i de 149 kommuner som ingår i Äldreomsorgspanelen',
  invited: 149,
  answered: 92,
  responseRate: 92 / 149,
  fieldPeriod: { from: '2025-04-28', to: '2025-05-16' },
  k: 5,
  breakdowns: ['landsdel', 'kommungrupp'],
};

export function sampleLagesbild(): LagesbildDocument {
  const method: MethodBox = { ...METHOD_FACTS, text: buildMethodText(METHOD_FACTS) };
  return {
    title: 'Bemanningssituationen inom äldreomsorgen inför sommaren',
    subtitle: 'Resultat från Äldreomsorgspanelen, våren 2025',
    date: '2025-06-12',
    documentNumber: 'Lägesbild 2025:2',
    version: 1,
    ingress:
      'De flesta kommuner saknade i maj tillräckligt många sommarvikarier inom äldreomsorgen. ' +
      'Bristen var störst i Norrland, där drygt var tredje kommun bedömde läget som kritiskt. ' +
      'Var fjärde kommun räknade med att behöva minska eller skjuta upp vissa insatser under sommaren.',
    keyFindings: [
      'Sju av tio kommuner (71 %) hade inte rekryterat alla sommarvikarier som behövs bland vård- och omsorgspersonalen.',
      'Bristen på sjuksköterskor var ännu större: 78 % av kommunerna saknade vikarier för sjuksköterskor.',
      'I Norrland bedömde 36 % av kommunerna bemanningsläget som kritiskt, jämfört med 9 % i Götaland.',
      'Var fjärde kommun (26 %) räknade med att behöva minska eller skjuta upp vissa insatser.',
    ],
    bodyMarkdown: BODY_MARKDOWN,
    figures: structuredClone(sampleFigures),
    method,
    contact: { name: 'Karin Öberg', email: 'karin.oberg@example.se', phone: '010-123 45 67' },
    publisher: 'Nationellt kompetenscentrum för äldreomsorg',
  };
}
