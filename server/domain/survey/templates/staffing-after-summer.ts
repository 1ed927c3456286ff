import type { SurveyDefinition } from '../definition-schema';
import { commentQuestion, staffShortageMatrix, substituteShareQuestion } from './staffing-shared';

const effectScale = (key: string, text: string) =>
  ({
    key,
    type: 'scale',
    text,
    required: true,
    min: 1,
    max: 5,
    minLabel: 'Inte alls',
    maxLabel: 'I mycket stor utsträckning',
    dontKnow: true,
  }) as const;

export const staffingAfterSummer: SurveyDefinition = {
  title: 'Uppföljning av bemanningen under sommaren',
  intro:
    'Inför sommaren frågade vi om bemanningen inom äldreomsorgen. Nu vill vi veta hur sommaren faktiskt blev. Enkäten tar ungefär fem minuter och svaren är anonyma.',
  pages: [
    {
      key: 'sommaren',
      title: 'Bemanningen under sommaren',
      questions: [
        {
          key: 'tillrackligt_personal',
          type: 'yes_no',
          text: 'Har äldreomsorgen haft tillräckligt med personal under sommaren?',
          required: true,
          allowDontKnow: true,
        },
        staffShortageMatrix('Hur stor var bristen på personal under sommaren för följande grupper?'),
        substituteShareQuestion('Hur stor andel av behovet av sommarvikarier lyckades ni rekrytera?'),
      ],
    },
    {
      key: 'effekter',
      title: 'Effekter av bemanningsläget',
      questions: [
        effectScale('effekt_kvalitet', 'I vilken utsträckning påverkades kvaliteten i omsorgen av bemanningsläget?'),
        effectScale(
          'effekt_aktiviteter',
          'I vilken utsträckning påverkades möjligheten att erbjuda aktiviteter, till exempel utevistelse?',
        ),
        {
          key: 'lakemedel_paverkan',
          type: 'yes_no',
          text: 'Påverkades läkemedelshanteringen negativt av bemanningsläget, till exempel genom fler avvikelser?',
          required: true,
          allowDontKnow: true,
        },
        {
          key: 'lakemedel_beskrivning',
          type: 'long_text',
          text: 'Beskriv kort hur läkemedelshanteringen påverkades.',
          required: false,
          maxLength: 1000,
          showIf: { mode: 'all', rules: [{ question: 'lakemedel_paverkan', op: 'in', values: ['ja'] }] },
        },
      ],
    },
    {
      key: 'jamforelse',
      title: 'Jämfört med vad ni befarade',
      questions: [
        {
          key: 'jamfort_med_befarat',
          type: 'scale',
          text: 'Hur blev sommaren jämfört med vad ni befarade inför sommaren?',
          required: true,
          min: 1,
          max: 5,
          minLabel: 'Mycket sämre',
          maxLabel: 'Mycket bättre',
          dontKnow: true,
        },
        {
          key: 'lardomar',
          type: 'long_text',
          text: 'Vad tar ni med er till planeringen inför nästa sommar?',
          help: 'Till exempel något som fungerade bra och som andra kommuner kan ha nytta av.',
          required: false,
          maxLength: 2000,
        },
        commentQuestion('Vill du lägga till något om bemanningen under sommaren?'),
      ],
    },
  ],
};
