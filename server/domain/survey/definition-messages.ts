import type { z } from 'zod';
import { questionTypeNames } from '../question-types/registry';

/** Where in a definition something is, as staff read it: "Sida 2, fråga ”bemanning_vik”". */
export function locate(pageIndex: number, questionKey?: string): string {
  return questionKey === undefined ? `Sida ${pageIndex + 1}` : `Sida ${pageIndex + 1}, fråga ”${questionKey}”`;
}

const FIELD_NAMES: Record<string, string> = {
  title: 'rubrik', intro: 'inledning', key: 'nyckel', type: 'frågetyp', text: 'text', help: 'hjälptext',
  required: 'obligatorisk', showIf: 'villkor', mode: 'villkorets läge', op: 'jämförelse', question: 'fråga',
  values: 'värden', value: 'värde', code: 'kod', label: 'etikett', otherOption: '”Annat”-alternativ',
  exclusive: 'uteslutande', min: 'lägsta värde', max: 'högsta värde', minLabel: 'text vid lägsta värdet',
  maxLabel: 'text vid högsta värdet', dontKnow: '”Vet ej”', allowDontKnow: '”Vet ej”', integer: 'heltal',
  options: 'alternativ', rows: 'rader', rules: 'regler', pages: 'sidor', questions: 'frågor', unit: 'enhet', maxLength: 'högsta antal tecken', minSelections: 'minsta antal val', maxSelections: 'högsta antal val',
};
const LIST_ITEMS: Record<string, string> = { options: 'alternativ', rules: 'regel', rows: 'rad', values: 'värde' };

const child = (node: unknown, step: PropertyKey): unknown =>
  typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[step] : undefined;

/** Turns a zod path into Swedish words, naming questions by their key when the input has one. */
export function describePath(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let node = input;
  for (let i = 0; i < path.length; i += 1) {
    const step = path[i];
    const next = path[i + 1];
    if (step === 'pages' && typeof next === 'number') {
      parts.push(`Sida ${next + 1}`);
      node = child(child(node, step), next);
      i += 1;
    } else if (step === 'questions' && typeof next === 'number') {
      const question = child(child(node, step), next);
      const key = child(question, 'key');
      parts.push(typeof key === 'string' && key !== '' ? `fråga ”${key}”` : `fråga ${next + 1}`);
      node = question;
      i += 1;
    } else if (typeof step === 'string' && LIST_ITEMS[step] && typeof next === 'number') {
      parts.push(`${LIST_ITEMS[step]} ${next + 1}`);
      node = child(child(node, step), next);
      i += 1;
    } else {
      parts.push(typeof step === 'string' ? (FIELD_NAMES[step] ?? step) : String(step));
      node = child(node, step);
    }
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text', number: 'ett tal', int: 'ett heltal', boolean: 'true eller false', array: 'en lista', object: 'ett objekt',
};

/** Swedish wording for zod's built-in issues; messages written in the schemas take precedence. */
export function swedishIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Saknas' : `Ska vara ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Får inte vara tom' : `Ska vara minst ${issue.minimum} tecken`;
      if (issue.origin === 'array') return `Ska innehålla minst ${issue.minimum}`;
      return `Ska vara minst ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `Får vara högst ${issue.maximum} tecken`;
      if (issue.origin === 'array') return `Får innehålla högst ${issue.maximum}`;
      return `Får vara högst ${issue.maximum}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Ska vara ${JSON.stringify(issue.values[0])}`
        : `Ska vara en av: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `${issue.keys.length > 1 ? 'Okända fält' : 'Okänt fält'}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      if (issue.discriminator === 'type') {
        return `Okänd frågetyp ”${String(child(issue.input, 'type'))}”. Tillåtna typer: ${questionTypeNames.join(', ')}`;
      }
      if (issue.discriminator === 'op') return `Okänd jämförelse ”${String(child(issue.input, 'op'))}”`;
      return 'Ogiltigt värde';
    case 'invalid_format':
      return 'Har fel format';
    default:
      return 'Ogiltigt värde';
  }
}
