import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { BG_COLUMN } from '../../../db/repositories/response-backgrounds';
import { listResponsesWithAnswers } from '../../../db/repositories/results-microdata';
import type { ResponsesTable } from '../../../db/tables/waves';
import { questionTypeOf } from '../../domain/question-types/registry';
import { placedQuestions } from '../../domain/survey/definition-index';
import type { ExportCell } from '../../export';
import { shuffle } from '../waves/release-ballots';
import { DIMENSION_LABELS, groupLabel } from './dimensions';
import type { ResultWave } from './wave-results';

type Answer = { question_key: string; item: string; code: string | null; num: number | null };
interface Variable { name: string; label: string; values: string; read(answers: Answer[]): ExportCell }

/** Columns: a random id, the wave's own background attributes, then one or more per question (no free text). */
function variables(rw: ResultWave): { bg: Variable[]; questions: Variable[] } {
  const bg = rw.wave.dimensions.map((d) => ({ name: d, label: DIMENSION_LABELS[d], values: 'Bakgrundsuppgift (grupp, inte kommun)', read: () => null }));
  const questions: Variable[] = [];
  for (const { question } of placedQuestions(rw.definition)) {
    const spec = questionTypeOf(question).aggregation(question);
    const of = (item: string) => (answers: Answer[]) => answers.filter((a) => a.question_key === question.key && a.item === item);
    const codes = (cats: { code: string; label: string }[]) => cats.map((c) => `${c.code} = ${c.label}`).join(' | ');
    if (spec.kind === 'categorical' || spec.kind === 'scale') questions.push({ name: question.key, label: question.text, values: codes(spec.categories), read: (a) => of('')(a)[0]?.code ?? null });
    if (spec.kind === 'numeric') questions.push({ name: question.key, label: question.text, values: `Tal${spec.unit ? ` (${spec.unit})` : ''}`, read: (a) => of('')(a)[0]?.num ?? null });
    if (spec.kind === 'matrix') for (const row of spec.rows) questions.push({ name: `${question.key}__${row.key}`, label: `${question.text} – ${row.label}`, values: codes(spec.categories), read: (a) => of(row.key)(a)[0]?.code ?? null });
    if (spec.kind === 'multi') {
      for (const c of spec.categories) {
        questions.push({ name: `${question.key}__${c.code}`, label: `${question.text} – ${c.label}`, values: '1 = valt | 0 = inte valt | tomt = besvarade inte frågan', read: (a) => (of('')(a).length === 0 ? null : of('')(a).some((x) => x.code === c.code) ? 1 : 0) });
      }
    }
  }
  return { bg, questions };
}

/** One row per released response in random order with new random ids (not the stored ones), and no times. */
export async function microdata(db: Kysely<DB>, rw: ResultWave): Promise<{ headers: string[]; rows: ExportCell[][] }> {
  const { bg, questions } = variables(rw);
  const data = shuffle(await listResponsesWithAnswers(db, rw.wave.id));
  const rows = data.map(({ response, answers }) => [
    randomBytes(6).toString('hex'),
    ...rw.wave.dimensions.map((d) => { const v = (response as ResponsesTable)[BG_COLUMN[d]]; return v === null ? null : groupLabel(d, v); }),
    ...questions.map((q) => q.read(answers)),
  ]);
  return { headers: ['id', ...bg.map((v) => v.name), ...questions.map((q) => q.name)], rows };
}

export function codebook(rw: ResultWave): { headers: string[]; rows: ExportCell[][] } {
  const { bg, questions } = variables(rw);
  const rows: ExportCell[][] = [['id', 'Slumpat id för den här exporten (inte kopplat till kommun eller till andra exporter)', 'Text']];
  for (const v of [...bg, ...questions]) rows.push([v.name, v.label, v.values]);
  return { headers: ['Variabel', 'Fråga eller beskrivning', 'Värden'], rows };
}
