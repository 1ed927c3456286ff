// Finds string fields a client could fill without a length limit, by walking a zod (v4) schema.
// Every zod type is either known here or reported: a new kind of schema cannot quietly count as bounded.

type Def = { type: string; [k: string]: unknown };
const defOf = (t: unknown): Def | undefined => (t as { _zod?: { def?: Def } })?._zod?.def;

/** Types that hold no client text (or only a fixed set of values). */
const NO_TEXT = new Set(['number', 'int', 'boolean', 'bigint', 'symbol', 'null', 'undefined', 'void', 'never', 'date', 'enum', 'literal', 'nan']);
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional', 'success']);

/** Paths of string fields without a maximum length (or `… (unchecked zod type X)` for a type it cannot judge). */
export function unboundedStrings(t: unknown, at: string, seen = new Set<unknown>()): string[] {
  const def = defOf(t);
  if (!def) return [`${at} (not a zod schema)`];
  if (seen.has(t)) return []; // a recursive (lazy) schema inside itself: checked further up already
  seen.add(t);
  try {
    return check(t, def, at, (s: unknown, p: string) => unboundedStrings(s, p, seen));
  } finally {
    seen.delete(t);
  }
}

function check(t: unknown, def: Def, at: string, walk: (s: unknown, p: string) => string[]): string[] {
  if (NO_TEXT.has(def.type)) return [];
  if (WRAPPERS.has(def.type)) return walk(def.innerType, at);
  switch (def.type) {
    case 'string': return (t as { maxLength: number | null }).maxLength == null ? [at] : [];
    case 'object': return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) => walk(v, `${at}.${k}`));
    case 'array': return walk(def.element, `${at}[]`);
    case 'union': return (def.options as unknown[]).flatMap((o) => walk(o, at));
    case 'record': return [...walk(def.keyType, `${at}{key}`), ...walk(def.valueType, `${at}{}`)];
    case 'tuple': return [...(def.items as unknown[]).flatMap((s, i) => walk(s, `${at}[${i}]`)), ...(def.rest ? walk(def.rest, `${at}[…]`) : [])];
    // Conservative: a field counts as unbounded when either side leaves it unbounded.
    case 'intersection': return [...new Set([...walk(def.left, at), ...walk(def.right, at)])];
    case 'lazy': return walk((def.getter as () => unknown)(), at);
    case 'pipe': {
      // A preprocess/transform in front bounds nothing; otherwise either side of the pipe may bound the value.
      if (defOf(def.in)?.type === 'transform') return walk(def.out, at);
      const inner = walk(def.in, at);
      return inner.length && walk(def.out, at).length ? inner : [];
    }
    default: return [`${at} (unchecked zod type ${def.type})`];
  }
}
