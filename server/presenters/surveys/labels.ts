import type { AggregationSpec } from '../../domain/question-types/types';
import { formatSwedishNumber } from '../../domain/question-types/number-parsing';
import { describeCondition } from '../../domain/survey/condition-text';
import type { Condition } from '../../domain/survey/definition';
import type { PlacedQuestion } from '../../domain/survey/definition-index';

export const STATUS_LABEL = { draft: 'Utkast', published: 'Publicerad' } as const;
export const STATUS_TAG = { draft: 'tag--grey', published: 'tag--green' } as const;

/** The condition in words for the designer: "Visas bara om du har svarat ”Ja” på …". */
export function conditionText(condition: Condition | undefined, byKey: Map<string, PlacedQuestion>): string | null {
  return condition ? describeCondition(condition, byKey).replace(/^Svara bara om/, 'Visas bara om') : null;
}

const listed = (labels: string[]) => (labels.length > 6 ? `${labels.slice(0, 6).join(', ')} …` : labels.join(', '));

/** What a question asks for, in a few words, read from its aggregation spec so every type has one. */
export function answerSummary(spec: AggregationSpec): string {
  switch (spec.kind) {
    case 'categorical':
    case 'multi':
    case 'scale':
      return `Alternativ: ${listed(spec.categories.map((c) => c.label))}`;
    case 'matrix':
      return `${spec.rows.length} rader: ${listed(spec.rows.map((r) => r.label))}. Skala: ${listed(spec.categories.map((c) => c.label))}`;
    case 'numeric': {
      const range = [spec.min, spec.max].map((n) => (n === undefined ? '' : formatSwedishNumber(n))).join('–');
      return `${spec.integer ? 'Heltal' : 'Tal'}${range !== '–' ? ` ${range}` : ''}${spec.unit ? ` ${spec.unit}` : ''}`;
    }
    case 'text':
      return `Högst ${spec.maxLength} tecken`;
    default:
      return '';
  }
}
