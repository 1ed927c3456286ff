import type { SurveyDefinition } from './definition-schema';

/**
 * A question depends on the questions its condition names and on its page (a hidden page hides it);
 * a page depends on the questions its condition names. Returns one cycle as readable names, or null.
 * Validation also refuses forward references, which rules out cycles; this check names the loop.
 */
export function findConditionCycle(def: SurveyDefinition): string[] | null {
  const edges = new Map<string, string[]>();
  const label = new Map<string, string>();
  for (const page of def.pages) {
    const pageNode = `page:${page.key}`;
    label.set(pageNode, `sidan ”${page.key}”`);
    edges.set(pageNode, (page.showIf?.rules ?? []).map((rule) => `question:${rule.question}`));
    for (const question of page.questions) {
      const node = `question:${question.key}`;
      label.set(node, `”${question.key}”`);
      edges.set(node, [pageNode, ...(question.showIf?.rules ?? []).map((rule) => `question:${rule.question}`)]);
    }
  }
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    const onPath = path.indexOf(node);
    if (onPath >= 0) return [...path.slice(onPath), node];
    if (done.has(node) || !edges.has(node)) return null;
    path.push(node);
    for (const next of edges.get(node)!) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(node);
    return null;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle.map((step) => label.get(step) ?? step);
  }
  return null;
}
