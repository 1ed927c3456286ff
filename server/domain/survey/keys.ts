import type { SurveyDefinition } from './definition';

const MAX_BASE = 32;

/** Lower-case ASCII with single underscores: "Bemanning – sommar 2026" → "bemanning_sommar_2026". */
export function slug(text: string, maxLength = MAX_BASE): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, maxLength).replace(/_+$/, '');
}

/** A key (starts with a letter) not in `taken`: the base, else base_2, base_3 … */
export function uniqueKey(text: string, taken: ReadonlySet<string>, fallback: string): string {
  let base = slug(text);
  if (!/^[a-z]/.test(base)) base = base ? `${fallback}_${base}`.slice(0, MAX_BASE).replace(/_+$/, '') : fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** A short key from the first words of a question text. */
export function suggestKey(text: string, taken: ReadonlySet<string>, fallback = 'fraga'): string {
  return uniqueKey(text.split(/\s+/).slice(0, 4).join(' '), taken, fallback);
}

/** An answer code (may start with a digit) not in `taken`. */
export function uniqueCode(label: string, taken: ReadonlySet<string>): string {
  const base = slug(label, 30) || 'alt';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

export const questionKeys = (def: SurveyDefinition): Set<string> =>
  new Set(def.pages.flatMap((page) => page.questions.map((question) => question.key)));

export const pageKeys = (def: SurveyDefinition): Set<string> => new Set(def.pages.map((page) => page.key));
