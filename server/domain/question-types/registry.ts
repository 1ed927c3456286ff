import type { BaseQuestion } from './base-question';
import { infoBlock } from './info-block';
import { longText } from './long-text';
import { matrix } from './matrix';
import { multipleChoice } from './multiple-choice';
import { number } from './number';
import { percent } from './percent';
import { scale } from './scale';
import { shortText } from './short-text';
import { singleChoice } from './single-choice';
import type { AnyQuestionType } from './types';
import { yesNo } from './yes-no';

/** Every question type. Adding a type: one new file in this folder and one line here. */
export const questionTypes = [
  singleChoice,
  multipleChoice,
  yesNo,
  scale,
  number,
  percent,
  shortText,
  longText,
  matrix,
  infoBlock,
] as const;

const byName = new Map<string, AnyQuestionType>(questionTypes.map((type) => [type.type, type as AnyQuestionType]));

export const questionTypeNames = questionTypes.map((type) => type.type);

export function findQuestionType(name: string): AnyQuestionType | undefined {
  return byName.get(name);
}

/** The type of a validated question; a question that passed the schema always has one. */
export function questionTypeOf(question: BaseQuestion): AnyQuestionType {
  const type = byName.get(question.type);
  if (!type) throw new Error(`Unknown question type: ${question.type}`);
  return type;
}
