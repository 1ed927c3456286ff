import { applySuppression, suppressBreakdown, type BreakdownTable, type SuppressedTable } from '../disclosure';
import { questionTypeOf } from '../question-types/registry';
import type { AggregationSpec, Category } from '../question-types/types';
import { summariseHistogram, type HistogramBin } from '../statistics';
import { placedQuestions } from '../survey/definition-index';
import type { SurveyDefinition } from '../survey/definition';
import { groupOf, type AnswerCount, type GroupInfo, type RespondentCount, type WaveAggregates } from './counts';

/** One table of a question (a matrix gives one per row): counts per category, or statistics, after suppression. */
export interface QuestionTable {
  id: string; questionKey: string; item: string; title: string; questionText: string;
  kind: 'distribution' | 'stats';
  /** multiple choice: percentages are of respondents, not of answers */
  multi: boolean;
  table: SuppressedTable;
  /** Overall view only: responses that did not answer (or were not shown) the question. */
  missing: number | null;
}

export const STAT_ROWS = [
  { key: 'mean', label: 'Medelvärde' }, { key: 'median', label: 'Median' },
  { key: 'q1', label: 'Nedre kvartil' }, { key: 'q3', label: 'Övre kvartil' },
] as const;

/**
 * Tables for every question with aggregated answers; groups: null for the overall view. In a breakdown every
 * table's hidden groups are decided together (suppressBreakdown), so comparing the n of two questions with item
 * non-response, or a question with the respondents, narrows no small group.
 */
export function buildQuestionTables(def: SurveyDefinition, agg: WaveAggregates, groups: GroupInfo[] | null, k: number): QuestionTable[] {
  const raw = rawTables(def, agg, groups);
  const respondents: BreakdownTable['groups'] | null = groups && groups.map((g) => ({ ...g, n: agg.responses.filter((r) => groupOf(r.group) === g.key).reduce((s, r) => s + r.n, 0) }));
  const bases = raw.map((t) => t.raw.groups);
  const decisions = groups ? suppressBreakdown(respondents ? [respondents, ...bases] : bases, k, { totalShown: true }).slice(1) : null;
  return raw.map(({ raw: table, ...rest }, i) => ({ ...rest, table: applySuppression(table, k, decisions?.[i]) }));
}

type RawTable = Omit<QuestionTable, 'table'> & { raw: BreakdownTable };

function rawTables(def: SurveyDefinition, agg: WaveAggregates, groups: GroupInfo[] | null): RawTable[] {
  const totalResponses = agg.responses.reduce((sum, g) => sum + g.n, 0);
  const tables: RawTable[] = [];
  for (const { question } of placedQuestions(def)) {
    const spec = questionTypeOf(question).aggregation(question);
    for (const part of partsOf(spec)) {
      const counts = agg.counts.filter((c) => c.questionKey === question.key && c.item === part.item);
      const base = baseByGroup(counts, agg.respondents.filter((r) => r.questionKey === question.key && r.item === part.item), spec.kind === 'multi');
      const id = `q-${question.key}${part.item ? `-${part.item}` : ''}`;
      const common = { questionKey: question.key, item: part.item, questionText: question.text, title: part.label ? `${question.text} – ${part.label}` : question.text, multi: spec.kind === 'multi' };
      const overallBase = [...base.values()].reduce((a, b) => a + b, 0);
      const missing = groups ? null : Math.max(0, totalResponses - overallBase);
      if (part.categories) {
        const raw = breakdown(groups, base, part.categories.map((c) => ({ key: c.code, label: c.label, value: (g: string | null) => sumCounts(counts, c.code, g) })));
        tables.push({ ...common, id, kind: 'distribution', raw, missing });
      }
      if (part.stats) {
        const stat = (g: string | null) => summariseHistogram(histogram(counts, g));
        const raw = breakdown(groups, base, STAT_ROWS.map((s) => ({ key: s.key, label: s.label, value: (g: string | null) => stat(g)[s.key] })));
        tables.push({ ...common, id: `${id}-stats`, kind: 'stats', raw, missing });
      }
    }
  }
  return tables;
}

interface Part { item: string; label: string | null; categories: Category[] | null; stats: boolean }

function partsOf(spec: AggregationSpec): Part[] {
  switch (spec.kind) {
    case 'categorical': case 'multi': return [{ item: '', label: null, categories: spec.categories, stats: false }];
    case 'scale': return [{ item: '', label: null, categories: spec.categories, stats: true }];
    case 'numeric': return [{ item: '', label: null, categories: null, stats: true }];
    case 'matrix': return spec.rows.map((row) => ({ item: row.key, label: row.label, categories: spec.categories, stats: false }));
    default: return [];
  }
}

/** Respondents per group: distinct responses for multiple choice, else one answer row per respondent. */
function baseByGroup(counts: AnswerCount[], respondents: RespondentCount[], multi: boolean): Map<string, number> {
  const base = new Map<string, number>();
  for (const row of multi ? respondents.map((r) => ({ group: r.group, count: r.n })) : counts) {
    base.set(groupOf(row.group), (base.get(groupOf(row.group)) ?? 0) + row.count);
  }
  return base;
}

const inGroup = (c: AnswerCount, g: string | null) => g === null || groupOf(c.group) === g;
const sumCounts = (counts: AnswerCount[], code: string, g: string | null) =>
  counts.filter((c) => c.code === code && inGroup(c, g)).reduce((sum, c) => sum + c.count, 0);
const histogram = (counts: AnswerCount[], g: string | null): HistogramBin[] =>
  counts.filter((c) => c.num !== null && inGroup(c, g)).map((c) => ({ value: c.num!, count: c.count }));

type RowSource = { key: string; label: string; value: (group: string | null) => number | null };

/** Overall view: one column "Samtliga" and no total; breakdown: a column per group plus "Totalt". */
function breakdown(groups: GroupInfo[] | null, base: Map<string, number>, rows: RowSource[]): BreakdownTable {
  const overall = [...base.values()].reduce((a, b) => a + b, 0);
  if (!groups) {
    return { groups: [{ key: 'all', label: 'Samtliga', n: overall }], rows: rows.map((r) => ({ key: r.key, label: r.label, cells: { all: r.value(null) } })) };
  }
  return {
    groups: groups.map((g) => ({ key: g.key, label: g.label, n: base.get(g.key) ?? 0 })),
    rows: rows.map((r) => ({ key: r.key, label: r.label, cells: Object.fromEntries(groups.map((g) => [g.key, base.get(g.key) ? r.value(g.key) : null])), total: r.value(null) })),
    total: { label: 'Totalt', n: overall },
  };
}
