import { definitionProblems } from './definition-checks';
import { describePath, swedishIssueMessage } from './definition-messages';
import { surveyDefinitionSchema, type SurveyDefinition } from './definition-schema';

export { surveyDefinitionSchema, questionSchema, pageSchema } from './definition-schema';
export type { SurveyDefinition, Page, Question, Condition, Rule } from './definition-schema';
export { exportDefinitionJson } from './definition-json';
export { findConditionCycle } from './condition-cycles';

export type DefinitionResult = { ok: true; definition: SurveyDefinition } | { ok: false; errors: string[] };

/** Schema first (with Swedish messages and paths), then the checks that span questions. */
export function validateDefinition(input: unknown): DefinitionResult {
  const parsed = surveyDefinitionSchema.safeParse(input, { error: swedishIssueMessage });
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const where = describePath(issue.path, input);
      return where ? `${where}: ${issue.message}` : issue.message;
    });
    return { ok: false, errors };
  }
  const problems = definitionProblems(parsed.data);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, definition: parsed.data };
}

/** JSON.parse reports an offset; people look for a line and column. */
function jsonErrorText(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `fel på rad ${line}, tecken ${column}`;
  }
  if (/end of JSON input/i.test(message)) return 'texten tar slut för tidigt (saknas en avslutande } eller ]?)';
  const token = /Unexpected token '(.+?)'/.exec(message);
  if (token) return `oväntat tecken ”${token[1]}”`;
  return 'kontrollera kommatecken, citattecken och klammerparenteser';
}

/** For an imported file: JSON syntax first, then the same validation as everything else. */
export function parseDefinitionJson(text: string): DefinitionResult {
  const withoutBom = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(withoutBom);
  } catch (error) {
    return { ok: false, errors: [`Filen är inte giltig JSON: ${jsonErrorText(error, withoutBom)}`] };
  }
  return validateDefinition(data);
}
