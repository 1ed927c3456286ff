import { primaryFootnote } from '../disclosure';
import type { Figure } from './document';

// Six figures for the sample lägesbild. Percentages are rounded from the counts in the tables
// (for example 72 of 92 = 78 %), so the numbers agree with each other the way real ones would.

const PANEL_SOURCE = 'Äldreomsorgspanelen, enkät 2025-04-28 till 2025-05-16.';
const LANDSDELAR = ['Götaland', 'Svealand', 'Norrland'];

export const sampleFigures: Figure[] = [
  {
    id: 'saknar-vikarier-yrkesgrupp',
    kind: 'question',
    caption: 'Andel kommuner som saknar sommarvikarier, per yrkesgrupp',
    alt: 'Liggande stapeldiagram. Andel kommuner som saknar sommarvikarier: sjuksköterskor 78 %, vård- och omsorgspersonal 71 %, arbetsterapeuter 52 %, fysioterapeuter 47 % och enhetschefer 18 %.',
    source: PANEL_SOURCE,
    chart: {
      type: 'bar', horizontal: true, unit: 'percent',
      labels: ['Sjuksköterskor', 'Vård- och omsorgspersonal', 'Arbetsterapeuter', 'Fysioterapeuter', 'Enhetschefer'],
      datasets: [{ label: 'Andel kommuner', data: [78, 71, 52, 47, 18] }],
    },
    table: {
      columns: ['Yrkesgrupp', 'Andel (%)', 'Antal kommuner'],
      rows: [
        ['Sjuksköterskor', '78', '72'], ['Vård- och omsorgspersonal', '71', '65'], ['Arbetsterapeuter', '52', '48'],
        ['Fysioterapeuter', '47', '43'], ['Enhetschefer', '18', '17'],
      ],
      footnotes: ['Fråga: Har kommunen rekryterat de sommarvikarier som behövs i följande yrkesgrupper? Andel som svarat nej. 92 kommuner svarade.'],
    },
  },
  {
    id: 'saknar-vikarier-landsdel',
    kind: 'breakdown',
    caption: 'Andel kommuner som saknar vikarier för vård- och omsorgspersonal, per landsdel',
    alt: 'Stående stapeldiagram. Andel kommuner som saknar vikarier för vård- och omsorgspersonal: Götaland 64 %, Svealand 68 %, Norrland 86 % och hela riket 71 %.',
    source: PANEL_SOURCE,
    chart: {
      type: 'bar', horizontal: false, unit: 'percent',
      labels: [...LANDSDELAR, 'Hela riket'],
      datasets: [{ label: 'Andel kommuner', data: [64, 68, 86, 71] }],
    },
    table: {
      columns: ['Landsdel', 'Andel (%)', 'Antal svarande'],
      rows: [['Götaland', '64', '45'], ['Svealand', '68', '25'], ['Norrland', '86', '22'], ['Hela riket', '71', '92']],
      footnotes: [],
    },
  },
  {
    id: 'bedomning-landsdel',
    kind: 'breakdown',
    caption: 'Kommunernas bedömning av bemanningsläget inför sommaren, per landsdel',
    alt: 'Liggande stapeldiagram med tre serier. Andel som bedömer läget som kritiskt: Götaland 9 %, Svealand 16 %, Norrland 36 %. Ansträngt men hanterbart: 53 %, 52 % och 50 %. Gott: 38 %, 32 % och 14 %.',
    source: PANEL_SOURCE,
    chart: {
      type: 'bar', horizontal: true, unit: 'percent',
      labels: LANDSDELAR,
      datasets: [
        { label: 'Kritiskt', data: [9, 16, 36] },
        { label: 'Ansträngt men hanterbart', data: [53, 52, 50] },
        { label: 'Gott', data: [38, 32, 14] },
      ],
    },
    table: {
      columns: ['Landsdel', 'Kritiskt (%)', 'Ansträngt men hanterbart (%)', 'Gott (%)', 'Antal svarande'],
      rows: [['Götaland', '9', '53', '38', '45'], ['Svealand', '16', '52', '32', '25'], ['Norrland', '36', '50', '14', '22']],
      footnotes: ['Fråga: Hur bedömer du bemanningsläget inom äldreomsorgen inför sommaren?'],
    },
  },
  {
    id: 'insatser-kommungrupp',
    kind: 'breakdown',
    caption: 'Andel kommuner som räknar med att minska eller skjuta upp insatser, per kommungrupp',
    alt: 'Liggande stapeldiagram. Andel kommuner som räknar med att minska eller skjuta upp insatser: större städer och kommuner nära större stad 19 %, mindre städer och landsbygdskommuner 30 %. Värdet för storstäder och storstadsnära kommuner visas inte eftersom gruppen har färre än 5 svarande.',
    source: PANEL_SOURCE,
    chart: {
      type: 'bar', horizontal: true, unit: 'percent',
      labels: ['Storstäder och storstadsnära (A)', 'Större städer (B)', 'Mindre orter och landsbygd (C)'],
      datasets: [{ label: 'Andel kommuner', data: [null, 19, 30] }],
    },
    table: {
      columns: ['Kommungrupp', 'Andel (%)'],
      rows: [
        ['Storstäder och storstadsnära kommuner (A)', '..'],
        ['Större städer och kommuner nära större stad (B)', '19'],
        ['Mindre städer/tätorter och landsbygdskommuner (C)', '30'],
      ],
      footnotes: [primaryFootnote(5), 'Kommungrupper enligt SKR:s indelning 2023, huvudgrupp A, B och C.'],
    },
  },
  {
    id: 'svart-rekrytera-jamforelse',
    kind: 'comparison',
    caption: 'Andel kommuner som har svårt att rekrytera sommarvikarier, 2024 och 2025',
    alt: 'Liggande stapeldiagram som jämför 2024 och 2025. Vård- och omsorgspersonal: 63 % år 2024 och 71 % år 2025. Sjuksköterskor: 75 % och 78 %. Arbetsterapeuter och fysioterapeuter: 44 % och 50 %.',
    source: 'Äldreomsorgspanelen, enkäter våren 2024 och våren 2025.',
    chart: {
      type: 'bar', horizontal: true, unit: 'percent',
      labels: ['Vård- och omsorgspersonal', 'Sjuksköterskor', 'Arbetsterapeuter och fysioterapeuter'],
      datasets: [{ label: '2024', data: [63, 75, 44] }, { label: '2025', data: [71, 78, 50] }],
    },
    table: {
      columns: ['Yrkesgrupp', '2024 (%)', '2025 (%)'],
      rows: [['Vård- och omsorgspersonal', '63', '71'], ['Sjuksköterskor', '75', '78'], ['Arbetsterapeuter och fysioterapeuter', '44', '50']],
      footnotes: ['2024 svarade 97 av 149 kommuner och 2025 svarade 92 av 149.'],
    },
  },
  {
    id: 'personal-per-invanare',
    kind: 'register',
    caption: 'Anställda i kommunal äldreomsorg per 100 invånare 80 år och äldre, per landsdel, 2022–2024',
    alt: 'Stående stapeldiagram med tre år. Anställda per 100 invånare 80 år och äldre minskar något i alla landsdelar: Götaland från 38,2 till 36,9, Svealand från 36,5 till 35,1 och Norrland från 42,8 till 40,7.',
    source: 'Kolada (SCB:s statistik om kommunalt anställda och befolkning), bearbetning av kompetenscentret.',
    chart: {
      type: 'bar', horizontal: false, unit: 'number',
      labels: LANDSDELAR,
      datasets: [
        { label: '2022', data: [38.2, 36.5, 42.8] },
        { label: '2023', data: [37.6, 36.0, 41.9] },
        { label: '2024', data: [36.9, 35.1, 40.7] },
      ],
    },
    table: {
      columns: ['Landsdel', '2022', '2023', '2024'],
      rows: [['Götaland', '38,2', '37,6', '36,9'], ['Svealand', '36,5', '36,0', '35,1'], ['Norrland', '42,8', '41,9', '40,7']],
      footnotes: ['Registerdata för alla 290 kommuner, inte bara de som svarade på enkäten.'],
    },
  },
];
