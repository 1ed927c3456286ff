import type { SurveyDefinition } from '../definition-schema';

export const homeCareSubstanceUse: SurveyDefinition = {
  title: 'Hemtjänst och äldre med skadligt bruk eller beroende',
  intro:
    'Allt fler äldre med hemtjänst har ett skadligt bruk eller beroende. Vi vill veta hur hemtjänsten i er kommun möter dem och vilket stöd personalen behöver. Enkäten tar ungefär fem minuter och svaren är anonyma.',
  pages: [
    {
      key: 'forekomst',
      title: 'Förekomst',
      questions: [
        {
          key: 'om_begreppen',
          type: 'info_block',
          text: 'Med skadligt bruk eller beroende menar vi här bruk av alkohol, narkotika eller beroendeframkallande läkemedel som skadar personens hälsa eller livssituation.\n\nSvara utifrån din samlade bild av hemtjänsten i kommunen, både i egen regi och hos privata utförare.',
          required: false,
        },
        {
          key: 'utveckling_fem_ar',
          type: 'single_choice',
          text: 'Hur har antalet äldre med hemtjänst som har skadligt bruk eller beroende förändrats de senaste fem åren?',
          required: true,
          options: [
            { code: 'okat_kraftigt', label: 'Ökat kraftigt' },
            { code: 'okat_nagot', label: 'Ökat något' },
            { code: 'oforandrat', label: 'Varit ungefär oförändrat' },
            { code: 'minskat', label: 'Minskat' },
            { code: 'vet_ej', label: 'Vet ej' },
          ],
        },
        {
          key: 'andel_brukare',
          type: 'percent',
          text: 'Ungefär hur stor andel av de äldre med hemtjänst bedömer du har ett skadligt bruk eller beroende?',
          help: 'Lämna tomt om du inte kan uppskatta andelen.',
          required: false,
        },
        {
          key: 'vanligaste_bruk',
          type: 'multiple_choice',
          text: 'Vilka former av skadligt bruk eller beroende är vanligast bland de äldre i hemtjänsten?',
          required: true,
          maxSelections: 2,
          options: [
            { code: 'alkohol', label: 'Alkohol' },
            { code: 'lakemedel', label: 'Beroendeframkallande läkemedel' },
            { code: 'narkotika', label: 'Narkotika' },
            { code: 'vet_ej', label: 'Vet ej', exclusive: true },
          ],
          otherOption: { code: 'annat', label: 'Annat, nämligen' },
        },
      ],
    },
    {
      key: 'arbetssatt',
      title: 'Rutiner och kompetens',
      questions: [
        {
          key: 'rutiner_finns',
          type: 'yes_no',
          text: 'Finns det rutiner för hur hemtjänstens personal ska agera när en brukare har skadligt bruk eller beroende?',
          required: true,
          allowDontKnow: true,
        },
        {
          key: 'personal_rustad',
          type: 'scale',
          text: 'Hur väl rustad är hemtjänstens personal för att möta äldre med skadligt bruk eller beroende?',
          required: true,
          min: 1,
          max: 5,
          minLabel: 'Mycket dåligt',
          maxLabel: 'Mycket väl',
          dontKnow: true,
        },
      ],
    },
    {
      key: 'rutiner',
      title: 'Rutinerna',
      showIf: { mode: 'all', rules: [{ question: 'rutiner_finns', op: 'in', values: ['ja'] }] },
      questions: [
        {
          key: 'rutiner_foljs',
          type: 'scale',
          text: 'I vilken utsträckning följs rutinerna i praktiken?',
          required: true,
          min: 1,
          max: 5,
          minLabel: 'Inte alls',
          maxLabel: 'Helt och hållet',
          dontKnow: true,
        },
      ],
    },
    {
      key: 'stod',
      title: 'Stöd som behövs',
      questions: [
        {
          key: 'behov_av_stod',
          type: 'multiple_choice',
          text: 'Vilket stöd skulle hemtjänsten behöva för att möta äldre med skadligt bruk eller beroende?',
          required: true,
          options: [
            { code: 'utbildning', label: 'Utbildning för personalen' },
            { code: 'handledning', label: 'Handledning eller konsultation' },
            { code: 'rutiner', label: 'Rutiner och riktlinjer' },
            { code: 'samverkan_region', label: 'Bättre samverkan med regionens beroendevård' },
            { code: 'bedomningsverktyg', label: 'Verktyg för att uppmärksamma och bedöma' },
            { code: 'inget_stod', label: 'Inget ytterligare stöd behövs', exclusive: true },
          ],
          otherOption: { code: 'annat', label: 'Annat, nämligen' },
        },
        {
          key: 'kommentar',
          type: 'long_text',
          text: 'Vill du berätta om ett arbetssätt som fungerar bra, eller lägga till något annat?',
          required: false,
          maxLength: 2000,
        },
      ],
    },
  ],
};
