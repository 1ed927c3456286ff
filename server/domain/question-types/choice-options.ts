import { optionSchema, type ChoiceOption } from './base-question';
import { characterCount, isUnparsed, otherFieldName } from './form-fields';
import { optionId, type OptionView, type OtherTextView } from './question-view';
import type { Category, Unparsed } from './types';

export const OTHER_TEXT_MAX = 200;
export const otherOptionSchema = optionSchema.optional();

export const DONT_KNOW_CODE = 'vet_ej';
export const dontKnowCategory: Category = { code: DONT_KNOW_CODE, label: 'Vet ej', dontKnow: true };

export const CHOOSE_ONE = 'Välj ett alternativ';
export const CHOOSE_LISTED = 'Välj ett av alternativen';

export function optionViews(
  baseId: string,
  name: string,
  categories: Category[],
  selected: readonly string[],
): OptionView[] {
  return categories.map((category, index) => ({
    id: optionId(baseId, index),
    name,
    value: category.code,
    label: category.label,
    checked: selected.includes(category.code),
    exclusive: category.exclusive === true,
  }));
}

export function labelFor(categories: Category[], code: string): string {
  return categories.find((category) => category.code === code)?.label ?? code;
}

/** One code picked from a list (radios, matrix rows): the Swedish error, or null when fine. */
export function checkOneCode(
  code: string | Unparsed | undefined,
  categories: Category[],
  required: boolean,
  missingMessage = CHOOSE_ONE,
): string | null {
  if (code === undefined) return required ? missingMessage : null;
  if (isUnparsed(code) || !categories.some((category) => category.code === code)) return CHOOSE_LISTED;
  return null;
}

/** The "Annat, nämligen" text: required when that option is chosen, refused when it is not. */
export function checkOtherText(
  other: ChoiceOption | undefined,
  selected: readonly string[],
  text: string | undefined,
): string | null {
  if (!other) return null;
  const chosen = selected.includes(other.code);
  if (chosen && !text) return `Skriv vad du menar med ”${other.label}”`;
  if (!chosen && text) return `Välj ”${other.label}” om du vill skriva ett eget svar, eller töm textrutan`;
  if (text && characterCount(text) > OTHER_TEXT_MAX) {
    return `Texten under ”${other.label}” får vara högst ${OTHER_TEXT_MAX} tecken`;
  }
  return null;
}

export function otherTextView(key: string, other: ChoiceOption | undefined, text: string | undefined): OtherTextView | null {
  if (!other) return null;
  const name = otherFieldName(key);
  return { id: name, name, label: `Om du valt ”${other.label}”, skriv vad`, value: text ?? '', maxLength: OTHER_TEXT_MAX };
}

export const otherCategory = (other: ChoiceOption | undefined): Category[] =>
  other ? [{ code: other.code, label: other.label, other: true }] : [];

export const asConditionCodes = (categories: Category[]): ChoiceOption[] =>
  categories.map(({ code, label }) => ({ code, label }));
