import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findQuestionType, questionTypes, questionTypeOf } from '../../../server/domain/question-types/registry';
import type { AnyQuestionType } from '../../../server/domain/question-types/types';

const typesFolder = fileURLToPath(new URL('../../../server/domain/question-types/', import.meta.url));
const partialsFolder = fileURLToPath(new URL('../../../views/components/questions/', import.meta.url));

/** One minimal definition per type: a new type without an example fails the first test. */
const examples: Record<string, Record<string, unknown>> = {
  single_choice: { options: [{ code: 'a', label: 'A' }, { code: 'b', label: 'B' }] },
  multiple_choice: { options: [{ code: 'a', label: 'A' }, { code: 'b', label: 'B' }] },
  yes_no: {},
  scale: { min: 1, max: 5 },
  number: {},
  percent: {},
  short_text: {},
  long_text: {},
  matrix: { rows: [{ key: 'r', label: 'R' }], options: [{ code: 'a', label: 'A' }, { code: 'b', label: 'B' }] },
  info_block: {},
};
const exampleOf = (type: string) => ({ key: 'q', type, text: 'Fråga', required: type !== 'info_block', ...examples[type] });

function looksLikeQuestionType(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'schema' in value && 'parse' in value && 'toRows' in value;
}

describe('question type registry', () => {
  it('has an example here for every type, and unique type names', () => {
    const names = questionTypes.map((type) => type.type);
    assert.deepEqual([...names].sort(), Object.keys(examples).sort());
    assert.equal(new Set(names).size, names.length);
  });

  it('registers every question type defined in the folder (adding a type is one registry line)', async () => {
    // Compared by name: under mocha + tsx a dynamic import may load a second instance of a module.
    const registered = new Set<string>(questionTypes.map((type) => type.type));
    for (const file of readdirSync(typesFolder).filter((name) => name.endsWith('.ts'))) {
      const module = (await import(pathToFileURL(`${typesFolder}${file}`).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (looksLikeQuestionType(value)) assert.ok(registered.has((value as { type: string }).type), `${file} exports ${name}, which is not in registry.ts`);
      }
    }
  });

  // Typed as the registry's common interface: the tuple's members have different definitions.
  for (const type of questionTypes as readonly AnyQuestionType[]) {
    describe(type.type, () => {
      const def = type.schema.parse(exampleOf(type.type));

      it('has a Swedish label and every member of the interface', () => {
        assert.match(type.label, /^[A-ZÅÄÖ]/);
        for (const member of ['parse', 'validate', 'view', 'toRows', 'aggregation', 'exportColumns', 'conditionSupport', 'formatAnswer']) {
          assert.equal(typeof (type as unknown as Record<string, unknown>)[member], 'function', member);
        }
        assert.equal(findQuestionType(type.type), type);
        assert.equal(questionTypeOf(def), type);
      });

      it('refuses its schema for another type name', () => {
        assert.equal(type.schema.safeParse({ ...exampleOf(type.type), type: 'annan_typ' }).success, false);
      });

      it('reads an empty form as not answered, which is fine when optional', () => {
        assert.equal(type.parse(def, {}), undefined);
        assert.equal(type.validate(def, undefined, false), null);
        assert.equal(type.validate(def, undefined, true) === null, !type.hasAnswer);
      });

      it('renders through a partial that exists, with the question id', () => {
        const view = type.view(def, undefined, null);
        assert.ok(existsSync(`${partialsFolder}${view.partial}.ejs`), `missing partial ${view.partial}.ejs`);
        assert.equal(view.id, 'q_q');
        assert.equal(view.visible, true);
      });

      it('aggregates as "none" exactly when it has no answer', () => {
        assert.equal(type.aggregation(def).kind === 'none', !type.hasAnswer);
        assert.equal(type.exportColumns(def).length === 0, !type.hasAnswer);
      });
    });
  }
});
