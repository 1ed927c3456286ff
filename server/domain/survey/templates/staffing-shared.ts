import type { Question } from '../definition-schema';

/**
 * Questions asked the same way in June and in October. Same keys, rows and codes, so the two waves
 * compare group by group; only the wording's tense is free to differ.
 */
export function staffShortageMatrix(text: string): Question {
  return {
    key: 'brist_per_grupp',
    type: 'matrix',
    text,
    required: true,
    rows: [
      { key: 'vard_omsorgspersonal', label: 'Vård- och omsorgspersonal (undersköterskor, vårdbiträden)' },
      { key: 'sjukskoterskor', label: 'Sjuksköterskor' },
      { key: 'rehabpersonal', label: 'Arbetsterapeuter och fysioterapeuter' },
      { key: 'enhetschefer', label: 'Enhetschefer' },
    ],
    options: [
      { code: 'ingen', label: 'Ingen brist' },
      { code: 'viss', label: 'Viss brist' },
      { code: 'stor', label: 'Stor brist' },
      { code: 'kritisk', label: 'Kritisk brist' },
      { code: 'vet_ej', label: 'Vet ej' },
    ],
  };
}

export function substituteShareQuestion(text: string): Question {
  return {
    key: 'vikarier_rekryterade_andel',
    type: 'percent',
    text,
    help: 'Uppskatta om du inte vet exakt. Skriv till exempel 75 eller 62,5.',
    required: true,
  };
}

export function commentQuestion(text: string): Question {
  return { key: 'kommentar', type: 'long_text', text, required: false, maxLength: 2000 };
}
