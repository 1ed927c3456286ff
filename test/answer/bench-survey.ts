/** The survey the respondent benchmark answers: one page of ten questions, like a typical panel page. */
const options = [{ code: 'nej', label: 'Nej' }, { code: 'liten', label: 'Ja, i liten utsträckning' }, { code: 'stor', label: 'Ja, i stor utsträckning' }];
const scale = { type: 'scale', required: true, min: 1, max: 5, minLabel: 'Mycket lätt', maxLabel: 'Mycket svårt', dontKnow: true } as const;

export const BENCH_PAGE = 'fragor';

export const benchSurvey = {
  title: 'Bemanning (mätning)',
  pages: [{
    key: BENCH_PAGE,
    title: 'Bemanning',
    questions: [
      { key: 'brist', type: 'yes_no', text: 'Har ni brist på personal?', required: true },
      { key: 'vikarier', type: 'number', text: 'Hur många sommarvikarier behövs?', required: true, min: 0, max: 100000, integer: true },
      { key: 'rekryterat', type: 'number', text: 'Hur många har ni rekryterat?', required: true, min: 0, max: 100000, integer: true },
      { key: 'svarighet', text: 'Hur svårt är det att rekrytera?', ...scale },
      { key: 'jamfort', text: 'Jämfört med förra året?', ...scale },
      { key: 'paverkan', type: 'single_choice', text: 'Påverkas insatserna?', required: true, options },
      { key: 'hemtjanst', type: 'single_choice', text: 'Påverkas hemtjänsten?', required: true, options },
      { key: 'bemanningsforetag', type: 'yes_no', text: 'Anlitar ni bemanningsföretag?', required: true },
      { key: 'overtid', type: 'yes_no', text: 'Har övertiden ökat?', required: true },
      { key: 'kommentar', type: 'short_text', text: 'Något mer du vill säga?', required: false },
    ],
  }],
};

/** The posted form of a complete answer to the page. */
export const benchForm: Record<string, string> = {
  q_brist: 'ja', q_vikarier: '40', q_rekryterat: '31', q_svarighet: '4', q_jamfort: '3', q_paverkan: 'liten',
  q_hemtjanst: 'nej', q_bemanningsforetag: 'ja', q_overtid: 'nej', q_kommentar: 'Svårt att hitta sjuksköterskor',
};
