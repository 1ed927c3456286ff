import { optionSchema, type ChoiceOption } from './base-question';
import { characterCount, isUnparsed, otherFieldName } from './form-fields';
import { optionId, type OptionView, type OtherTextView } from './question-view';
import type { Category, ExportColumn, Unparsed } from './types';

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

/** "Annat, nämligen: <text>" on the review page; other options just by label. */
export function answerLabel(categories: Category[], code: string, otherText: string | undefined): string {
  const category = categories.find((c) => c.code === code);
  const label = category?.label ?? code;
  return category?.other && otherText ? `${label}: ${otherText}` : label;
}

/** Every code of a question with options, "Annat" included, for the duplicate check. */
export const codesWithOther = (options: ChoiceOption[], other: ChoiceOption | undefined): string[] =>
  [...options, ...(other ? [other] : [])].map((option) => option.code);

/** Microdata column with the free text of "Annat". */
export const otherTextColumn = (key: string): ExportColumn<{ other?: string }> => ({
  header: `${key}_other`,
  value: (v) => v?.other ?? null,
});

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
  return { code: other.code, id: name, name, label: `Om du valt ”${other.label}”, skriv vad`, value: text ?? '', maxLength: OTHER_TEXT_MAX };
}

export const otherCategory = (other: ChoiceOption | undefined): Category[] =>
  other ? [{ code: other.code, label: other.label, other: true }] : [];

export const asConditionCodes = (categories: Category[]): ChoiceOption[] =>
  categories.map(({ code, label }) => ({ code, label }));
