/**
 * The groups a breakdown hides once some of them are below k, chosen only from public, data-independent facts:
 * the breakdown's fixed group order (landsdel south to north, A before B …, "Uppgift saknas" last) and which
 * groups are below k. Each small group pulls in its fixed partner (the next group; the last group the one
 * before it); while that hides no group of at least k, the hidden block grows outwards in the fixed order.
 * Nothing here looks at the size of a group that ends up hidden to protect another, so the choice tells an
 * attacker who knows the rule nothing about the hidden sizes.
 */
export function protectedBlock(order: readonly string[], small: ReadonlySet<string>): Set<string> {
  const hidden = new Set<string>();
  if (small.size === 0) return hidden;
  order.forEach((key, i) => {
    if (!small.has(key)) return;
    hidden.add(key);
    const partner = order[i + 1] ?? order[i - 1];
    if (partner !== undefined) hidden.add(partner);
  });
  while (hidden.size < order.length && [...hidden].every((key) => small.has(key))) {
    const at = [...hidden].map((key) => order.indexOf(key));
    hidden.add(order[Math.max(...at) + 1] ?? order[Math.min(...at) - 1]!);
  }
  return hidden;
}

/**
 * Whether the larger hidden groups hold enough spare respondents that every small hidden group could have any
 * size 1…k−1 with the same published figures: the hidden total (which anyone derives as total − visible) must
 * be at least (k−1) per small group + k per larger group + (k−2). It depends only on the hidden total and the
 * number of small and larger hidden groups, so an attacker can recompute it but learns nothing more from it.
 */
export function enoughCover(hiddenTotal: number, smallCount: number, coverCount: number, k: number): boolean {
  return hiddenTotal >= (k - 1) * smallCount + k * coverCount + (k - 2);
}
