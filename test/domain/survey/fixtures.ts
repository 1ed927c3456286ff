import type { SurveyDefinition } from '../../../server/domain/survey/definition';
import { validateDefinition } from '../../../server/domain/survey/definition';

/**
 * A small survey exercising every kind of condition:
 * - "antal" depends on "brist" on the same page,
 * - page "orsak" is shown only when antal ≥ 10,
 * - "beskriv" depends on a multiple-choice answer earlier on its page.
 */
export const sampleInput = {
  title: 'Provenkät',
  pages: [
    {
      key: 'start',
      title: 'Läget',
      questions: [
        { key: 'brist', type: 'yes_no', text: 'Har ni brist på personal?', required: true },
        {
          key: 'antal',
          type: 'number',
          text: 'Hur många tjänster saknas?',
          required: true,
          min: 0,
          max: 100,
          showIf: { mode: 'all', rules: [{ question: 'brist', op: 'in', values: ['ja'] }] },
        },
      ],
    },
    {
      key: 'orsak',
      title: 'Orsaker',
      showIf: { mode: 'any', rules: [{ question: 'antal', op: 'gte', value: 10 }] },
      questions: [{ key: 'varfor', type: 'long_text', text: 'Varför saknas så många?', required: true }],
    },
    {
      key: 'atgarder',
      title: 'Åtgärder',
      questions: [
        {
          key: 'gjort',
          type: 'multiple_choice',
          text: 'Vad har ni gjort?',
          required: false,
          options: [
            { code: 'bonus', label: 'Bonus' },
            { code: 'annons', label: 'Annonserat' },
            { code: 'inget', label: 'Inget', exclusive: true },
          ],
        },
        {
          key: 'annons_var',
          type: 'short_text',
          text: 'Var annonserade ni?',
          required: true,
          showIf: { mode: 'all', rules: [{ question: 'gjort', op: 'in', values: ['annons'] }] },
        },
      ],
    },
  ],
};

export function sampleDefinition(): SurveyDefinition {
  const result = validateDefinition(structuredClone(sampleInput));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.definition;
}

/** A one-page survey with the given questions, for checks of single conditions. */
export function onePage(questions: unknown[], extraPages: unknown[] = []): unknown {
  return { title: 'Test', pages: [{ key: 'sida', title: 'Sida', questions }, ...extraPages] };
}
