import type { SurveyDefinition } from '../definition-schema';
import { homeCareSubstanceUse } from './home-care-substance-use';
import { staffingAfterSummer } from './staffing-after-summer';
import { staffingBeforeSummer } from './staffing-before-summer';

export interface SurveyTemplate {
  key: string;
  title: string;
  description: string;
  definition: SurveyDefinition;
}

/** Ready-made surveys staff can start from; the two staffing ones share keys so waves compare. */
export const surveyTemplates: SurveyTemplate[] = [
  {
    key: 'bemanning_infor_sommaren',
    title: staffingBeforeSummer.title,
    description: 'Sommarvikarier, brist per personalgrupp, påverkan på insatser och vidtagna åtgärder. Skickas i maj–juni.',
    definition: staffingBeforeSummer,
  },
  {
    key: 'bemanning_uppfoljning_sommaren',
    title: staffingAfterSummer.title,
    description:
      'Hur sommaren blev: brist per personalgrupp (jämförbar med enkäten inför sommaren), effekter på kvalitet, aktiviteter och läkemedelshantering. Skickas i september–oktober.',
    definition: staffingAfterSummer,
  },
  {
    key: 'hemtjanst_skadligt_bruk',
    title: homeCareSubstanceUse.title,
    description: 'Förekomst av skadligt bruk eller beroende bland äldre med hemtjänst, rutiner, kompetens och behov av stöd.',
    definition: homeCareSubstanceUse,
  },
];
