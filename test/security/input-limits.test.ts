import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import supertest from 'supertest';
import { z } from 'zod';
import { MAX_UPLOAD_BYTES } from '../../server/http/body';
import { MAX_IMPORT_ROWS } from '../../server/services/panel/import-read';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { addMember, upload } from '../panel/support';
import { unboundedStrings } from './zod-bounds';

const INPUTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/inputs');

/** Strings bounded by a refinement rather than by max(): the check that bounds them is named here. */
const BOUNDED_BY_REFINEMENT = new Map([
  ['password', 'the password policy refuses more than 128 characters (test/domain/passwords)'],
  ['series', 'must be the id of a series in the list (digits only) or the "new series" marker'],
  // Found when transforms stopped counting as a bound: each is parsed into a short value or refused.
  ...['date', 'start_time', 'end_time', 'deadline_date', 'deadline_time', 'opens_date', 'opens_time', 'closes_date', 'closes_time']
    .map((f) => [f, 'parsed by parseDateInput/parseTimeInput (ÅÅÅÅ-MM-DD, TT:MM); anything else is refused'] as const),
  ...['capacity', 'k', 'survey_version_id'].map((f) => [f, 'a regex of at most 9 digits'] as const),
  ...['landsdel', 'landsdel[]', 'huvudgrupp', 'huvudgrupp[]', 'kommungrupp', 'kommungrupp[]', 'dimensions', 'dimensions[]']
    .map((f) => [f, 'choiceList: only values of a fixed list are kept'] as const),
  ...['idListField', 'idListField[]', 'attended', 'attended[]'].map((f) => [f, 'idListField: only positive integers are kept'] as const),
]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('input sizes are bounded; unknown fields are ignored (checklist 10)', () => {
  let ctx: TestContext;
  let editor: StaffClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
  });
  afterEach(() => ctx.close());

  it('every text field of every input schema in server/inputs has a maximum length', async () => {
    const problems: string[] = [];
    let schemas = 0;
    for (const file of tsFiles(INPUTS)) {
      const mod = await import(file) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!(value instanceof z.ZodType)) continue;
        schemas++;
        for (const p of unboundedStrings(value, `${path.relative(INPUTS, file)}:${name}`)) {
          if (!BOUNDED_BY_REFINEMENT.has(p.split(/[.:]/).at(-1)!)) problems.push(p);
        }
      }
    }
    assert.ok(schemas >= 10, `found ${schemas} schemas`);
    assert.deepEqual(problems, [], 'text fields without max()');
  });

  it('the length check sees strings inside records, tuples, intersections and lazy schemas, and reports unknown types', () => {
    const loose = z.string();
    const tree: z.ZodType = z.lazy(() => z.object({ name: loose, children: z.array(tree) }));
    assert.deepEqual(unboundedStrings(z.record(z.string().max(9), loose), 's'), ['s{}']);
    assert.deepEqual(unboundedStrings(z.record(z.string(), z.number()), 's'), ['s{key}']);
    assert.deepEqual(unboundedStrings(z.tuple([z.string().max(5), loose], loose), 's'), ['s[1]', 's[…]']);
    assert.deepEqual(unboundedStrings(z.intersection(z.object({ a: loose }), z.object({ b: z.string().max(3) })), 's'), ['s.a']);
    assert.deepEqual(unboundedStrings(tree, 's'), ['s.name']);
    assert.deepEqual(unboundedStrings(z.map(z.string().max(3), z.number()), 's'), ['s (unchecked zod type map)']);
    assert.deepEqual(unboundedStrings(z.object({ n: z.number(), e: z.enum(['a']), ok: z.string().max(3).optional() }), 's'), []);
  });

  it('refuses a text longer than its limit with a Swedish message by the field (422)', async () => {
    await addMember(ctx, '1280', { email: 'mia@malmo.example' });
    const res = await editor.post('/panel/kommuner/1280/kontakt/ersattare', { name: 'Å'.repeat(121), email: 'a@malmo.example', title: 't'.repeat(121) });
    assert.equal(res.status, 422);
    assert.match(res.text, /Namnet får vara högst 120 tecken/);
    assert.match(res.text, /Titeln får vara högst 120 tecken/);
  });

  it('ignores fields the form does not have (no mass assignment)', async () => {
    await addMember(ctx, '1280', { email: 'mia@malmo.example' });
    const res = await editor.post('/panel/kommuner/1280/kontakt/ersattare', {
      name: 'Dag Dep', email: 'dag@malmo.example', role: 'primary', erased: '1', bounced: '1', member_id: '1', id: '1', valid_to: '2020-01-01',
    });
    assert.equal(res.status, 303);
    const dag = await ctx.db.selectFrom('contacts').selectAll().where('email', '=', 'dag@malmo.example').executeTakeFirstOrThrow();
    assert.deepEqual([dag.role, dag.erased, dag.bounced, dag.valid_to], ['deputy', 0, 0, null]);
    assert.notEqual(dag.id, 1);
  });

  it('answers 413 with a Swedish page to a too large form body, too many fields and a too large upload', async () => {
    const big = await editor.post('/panel/kommuner/1280/kontakt/ordinarie', { name: 'x'.repeat(400_000) });
    const many = await editor.post('/panel/kommuner/1280/kontakt/ordinarie', Object.fromEntries(Array.from({ length: 3100 }, (_, i) => [`f${i}`, '1'])));
    const file = await upload(ctx, editor, 'stor.csv', Buffer.alloc(MAX_UPLOAD_BYTES + 1024, 'a'));
    for (const [what, res] of [['body', big], ['fields', many], ['upload', file]] as const) {
      assert.equal(res.status, 413, what);
      assert.match(res.text, /<html lang="sv">[\s\S]*För stor fil eller för mycket text/, what);
      assert.doesNotMatch(res.text, /Error|at .*\.(ts|js)|node_modules/, what);
    }
  });

  it(`refuses an import file with more than ${MAX_IMPORT_ROWS} rows, naming the limit`, async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `0114;Namn ${i};p${i}@x.example`);
    const res = await upload(ctx, editor, 'manga.csv', ['kommunkod;namn;e-post', ...rows].join('\n'));
    assert.equal(res.status, 422);
    assert.match(res.text, /högst 1\s000 rader/);
    assert.equal((await ctx.db.selectFrom('panel_imports').select('id').execute()).length, 0);
  });

  it('keeps a very long query string from reaching the database as a search', async () => {
    const viewer = await ctx.as('viewer');
    const res = await viewer.get(`/panel/kommuner?q=${'a'.repeat(5000)}&lan=${'1'.repeat(5000)}`);
    assert.equal(res.status, 200);
    assert.match(res.text, /Ale|Stockholm/, 'the bad filters are dropped, the full list shows');
  });

  it('a direct request without a body is handled, not a crash', async () => {
    const res = await supertest(ctx.app).post('/panel/import').set('Cookie', editor.cookie).set('X-CSRF-Token', editor.csrf);
    assert.equal(res.status, 422);
  });
});
