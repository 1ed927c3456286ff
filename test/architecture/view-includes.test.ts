// Views name every include from the views folder (docs/DEVELOPING.md): ejs resolves `include('/components/x')`
// through its `root` option without touching the disk, while a relative include costs an existsSync per render
// even with the view cache on. The question partials use `partial()` (server/http/partials.ts) instead.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const VIEWS = path.join(process.cwd(), 'views');
const INCLUDE = /\b(include|partial)\(\s*(['"`])([^'"`]*)\2?/g;

function ejsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? ejsFiles(full) : e.name.endsWith('.ejs') ? [full] : [];
  });
}

describe('view includes', () => {
  it('name their partial from the views folder, and the partial exists', () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const file of ejsFiles(VIEWS)) {
      for (const m of readFileSync(file, 'utf8').matchAll(INCLUDE)) {
        seen++;
        const name = m[3]!;
        const where = `${path.relative(VIEWS, file)}: ${m[0]}`;
        if (!name.startsWith('/')) wrong.push(`${where} (not from the views folder)`);
        // A name built at render time ('/components/questions/' + view.partial) ends in '/': its folder must exist.
        else if (!existsSync(path.join(VIEWS, name.endsWith('/') ? name : `${name}.ejs`))) wrong.push(`${where} (no such partial)`);
      }
    }
    assert.ok(seen > 200, `only ${seen} includes found: the pattern no longer matches the views`);
    assert.deepEqual(wrong, []);
  });
});
