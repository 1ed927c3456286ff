import type { SurveyDefinition } from '../definition-schema';
import { commentQuestion, staffShortageMatrix, substituteShareQuestion } from './staffing-shared';

export const staffingBeforeSummer: SurveyDefinition = {
  title: 'Bemanning inför sommaren',
  intro:
    'Enkäten handlar om bemanningen inom äldreomsorgen i er kommun inför sommaren. Den tar ungefär fem minuter. Svaren är anonyma och redovisas bara för grupper av kommuner.',
  pages: [
    {
      key: 'vikarier',
      title: 'Sommarvikarier',
      questions: [
        {
          key: 'vikarier_behov',
          type: 'number',
          text: 'Hur många sommarvikarier bedömer ni att äldreomsorgen behöver i sommar?',
          help: 'Räkna personer, inte årsarbetare.',
          required: true,
          min: 0,
          max: 100000,
          integer: true,
          unit: 'personer',
        },
        substituteShareQuestion('Hur stor andel av behovet av sommarvikarier har ni rekryterat hittills?'),
        {
          key: 'rekrytering_jamfort_fjol',
          type: 'scale',
          text: 'Hur har det varit att rekrytera sommarvikarier i år jämfört med förra året?',
          required: true,
          min: 1,
          max: 5,
          minLabel: 'Mycket lättare',
          maxLabel: 'Mycket svårare',
          dontKnow: true,
        },
      ],
    },
    {
      key: 'brist',
      title: 'Brist på personal',
      questions: [
        staffShortageMatrix('Hur bedömer du bristen på personal under sommaren för följande grupper?'),
        {
          key: 'paverkan_insatser',
          type: 'single_choice',
          text: 'Bedömer du att bemanningsläget kommer att påverka vilka insatser som kan ges under sommaren?',
          required: true,
          options: [
            { code: 'nej', label: 'Nej' },
            { code: 'liten', label: 'Ja, i liten utsträckning' },
            { code: 'stor', label: 'Ja, i stor utsträckning' },
            { code: 'vet_ej', label: 'Vet ej' },
          ],
        },
      ],
    },
    {
      key: 'paverkan',
      title: 'Påverkan på insatser',
      showIf: { mode: 'all', rules: [{ question: 'paverkan_insatser', op: 'in', values: ['liten', 'stor'] }] },
      questions: [
        {
          key: 'paverkade_insatser',
          type: 'multiple_choice',
          text: 'Vilka insatser bedömer du kommer att påverkas?',
          required: true,
          options: [
            { code: 'hemtjanst', label: 'Hemtjänst' },
            { code: 'sarskilt_boende', label: 'Särskilt boende' },
            { code: 'korttidsboende', label: 'Korttidsboende' },
            { code: 'dagverksamhet', label: 'Dagverksamhet' },
            { code: 'hemsjukvard', label: 'Kommunal hälso- och sjukvård i hemmet' },
          ],
          otherOption: { code: 'annat', label: 'Annat, nämligen' },
        },
      ],
    },
    {
      key: 'atgarder',
      title: 'Åtgärder',
      questions: [
        {
          key: 'vidtagna_atgarder',
          type: 'multiple_choice',
          text: 'Vilka åtgärder har ni vidtagit för att klara bemanningen i sommar?',
          required: true,
          options: [
            { code: 'hojd_ersattning', label: 'Höjd lön, ersättning eller bonus till vikarier' },
            { code: 'bemanningsforetag', label: 'Anlitat bemanningsföretag' },
            { code: 'forskjutna_semestrar', label: 'Förskjutit eller delat upp semestrar' },
            { code: 'omfordelning', label: 'Omfördelat personal mellan verksamheter' },
            { code: 'samverkan', label: 'Samverkan med andra kommuner eller regionen' },
            { code: 'studenter', label: 'Riktad rekrytering av studenter' },
            { code: 'inga_atgarder', label: 'Inga särskilda åtgärder', exclusive: true },
          ],
          otherOption: { code: 'annat', label: 'Annat, nämligen' },
        },
        commentQuestion('Vill du lägga till något om bemanningen inför sommaren?'),
      ],
    },
  ],
};
