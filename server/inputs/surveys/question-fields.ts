import type { AnyQuestionType } from '../../domain/question-types/types';

/**
 * The designer's form for a question type, read from the type's own zod schema: adding a type needs no
 * designer change. Each kind has one partial in views/pages/surveys/fields/.
 */
export type FieldKind = 'text' | 'textarea' | 'number' | 'boolean' | 'list' | 'group';

export interface FormField {
  name: string;
  kind: FieldKind;
  label: string;
  hint: string;
  optional: boolean;
  integer: boolean;
  /** for list and group: the fields of one item */
  fields: FormField[];
}

/** Fields handled by their own forms or never edited: the key (fixed once created), the type and the condition. */
const OWN_FORM = new Set(['key', 'type', 'showIf']);
const LONG_TEXT = 300;

const LABELS: Record<string, [string, string?]> = {
  text: ['Frågetext'],
  help: ['Hjälptext (valfri)', 'Visas under frågan, till exempel hur något ska räknas.'],
  required: ['Svaret är obligatoriskt'],
  options: ['Svarsalternativ', 'Ett alternativ per rad. Lämna koden tom så skapas den av texten. Koden sparas med svaren: ändra den inte när enkäten väl har skickats, annars går omgångarna inte att jämföra. Tomma rader tas bort.'],
  otherOption: ['Alternativet ”Annat, nämligen …” (valfritt)', 'Fyll i texten, till exempel ”Annat”, så får den som svarar skriva ett eget svar. Lämna tomt om alternativet inte behövs.'],
  minSelections: ['Minsta antal val (valfritt)'],
  maxSelections: ['Högsta antal val (valfritt)'],
  allowDontKnow: ['Visa alternativet ”Vet ej”'],
  dontKnow: ['Visa alternativet ”Vet ej”'],
  min: ['Lägsta värde'],
  max: ['Högsta värde'],
  minLabel: ['Text vid lägsta värdet (valfri)', 'Till exempel ”Mycket dåligt”.'],
  maxLabel: ['Text vid högsta värdet (valfri)', 'Till exempel ”Mycket bra”.'],
  integer: ['Bara heltal'],
  unit: ['Enhet (valfri)', 'Visas efter rutan, till exempel ”personer” eller ”kr”.'],
  maxLength: ['Högsta antal tecken'],
  rows: ['Rader', 'En rad per sak som bedöms. Alla rader får samma skala (svarsalternativen nedan). Lämna nyckeln tom så skapas den av texten.'],
  code: ['Kod (valfri)'],
  key: ['Nyckel (valfri)'],
  label: ['Text'],
  exclusive: ['Kan inte kombineras med andra (till exempel ”Inget av ovanstående”)'],
};

interface ZodLike {
  def: { type: string; innerType?: ZodLike; element?: ZodLike };
  shape?: Record<string, ZodLike>;
  maxLength?: number | null;
  isInt?: boolean;
  meta?: () => { title?: string; description?: string } | undefined;
}

function unwrap(schema: ZodLike): { inner: ZodLike; optional: boolean; meta: ZodLike[] } {
  let inner = schema;
  let optional = false;
  const meta: ZodLike[] = [schema];
  while (inner.def.type === 'optional' || inner.def.type === 'default') {
    optional = true;
    inner = inner.def.innerType!;
    meta.push(inner);
  }
  return { inner, optional, meta };
}

function describe(name: string, meta: ZodLike[]): { label: string; hint: string } {
  const own = meta.map((s) => s.meta?.()).find((m) => m?.title);
  if (own) return { label: own.title!, hint: own.description ?? '' };
  const [label, hint] = LABELS[name] ?? [name];
  return { label, hint: hint ?? '' };
}

function fieldOf(name: string, schema: ZodLike): FormField | null {
  const { inner, optional, meta } = unwrap(schema);
  const base = { name, optional, integer: false, fields: [] as FormField[], ...describe(name, meta) };
  switch (inner.def.type) {
    case 'string':
      return { ...base, kind: (inner.maxLength ?? 0) > LONG_TEXT ? 'textarea' : 'text' };
    case 'number':
      return { ...base, kind: 'number', integer: inner.isInt === true };
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'array': {
      const element = inner.def.element!;
      return element.shape ? { ...base, kind: 'list', fields: fieldsOf(element.shape) } : null;
    }
    case 'object':
      return inner.shape ? { ...base, kind: 'group', fields: fieldsOf(inner.shape) } : null;
    default:
      return null;
  }
}

/** An item's text comes before its code or key: staff type the text, and a blank code is made from it. */
const itemOrder = (name: string) => (name === 'label' ? 0 : name === 'code' || name === 'key' ? 1 : 2);

function fieldsOf(shape: Record<string, ZodLike>): FormField[] {
  return Object.entries(shape).map(([name, schema]) => fieldOf(name, schema)).filter((f): f is FormField => f !== null)
    .sort((a, b) => itemOrder(a.name) - itemOrder(b.name));
}

const cache = new Map<string, FormField[]>();

/** The editable fields of a question type, in schema order (text, help, required first). */
export function questionFormFields(type: AnyQuestionType): FormField[] {
  let fields = cache.get(type.type);
  if (!fields) {
    const shape = (type.schema as unknown as ZodLike).shape ?? {};
    fields = fieldsOf(Object.fromEntries(Object.entries(shape).filter(([name]) => !OWN_FORM.has(name))));
    if (!type.hasAnswer) fields = fields.map((f) => (f.name === 'text' ? { ...f, label: 'Text', hint: 'Stycken skiljs åt med en tom rad.' } : f));
    cache.set(type.type, fields);
  }
  return fields;
}
