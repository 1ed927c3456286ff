import type { SurveyDefinition } from './definition-schema';

// Reading order for people; every other field follows alphabetically, so output never depends on
// the order an editor happened to build an object in.
const FIRST_KEYS = ['key', 'type', 'title', 'text', 'intro', 'help', 'required', 'showIf', 'mode', 'question', 'op', 'values', 'value', 'code', 'label'];

function rank(key: string): number {
  const index = FIRST_KEYS.indexOf(key);
  return index === -1 ? FIRST_KEYS.length : index;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
}

/** Pretty JSON with a stable key order, for download and for diffing two versions. */
export function exportDefinitionJson(def: SurveyDefinition): string {
  return `${JSON.stringify(canonical(def), null, 2)}\n`;
}
