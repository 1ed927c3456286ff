// Every write from a route goes through a service (docs/ARCHITECTURE.md): a route may read with a repository
// function, but it never imports one that writes, and it never builds an insert, update or delete itself.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROUTES = path.join(process.cwd(), 'server/routes');
const WRITER = /^(insert|update|delete|upsert|set|mark|remove|write|hit|clear)[A-Z]/;
const QUERY_WRITE = /\.(insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\s*\(/g;
const IMPORT = /import\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)'/gs;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** What in one route file's text writes: repository writers it imports, queries that write, namespace imports. */
export function writesIn(text: string): string[] {
  const found: string[] = [];
  for (const [, typeOnly, clause, from] of text.matchAll(IMPORT)) {
    if (typeOnly || !/(^|\/)db\//.test(from!)) continue;
    if (/\*\s+as\s+/.test(clause!)) found.push(`${clause} from ${from}`);
    const names = /\{([^}]*)\}/.exec(clause!)?.[1] ?? '';
    for (const raw of names.split(',')) {
      const name = raw.trim().replace(/\s+as\s+\w+$/, '');
      if (name && !name.startsWith('type ') && WRITER.test(name)) found.push(`${name} from ${from}`);
    }
  }
  for (const [, call] of text.matchAll(QUERY_WRITE)) found.push(`.${call}()`);
  return found;
}

describe('routes write only through services', () => {
  it('no route file imports a writing repository function or writes with Kysely itself', () => {
    const offenders = tsFiles(ROUTES).flatMap((file) =>
      writesIn(readFileSync(file, 'utf8')).map((w) => `${path.relative(process.cwd(), file)}: ${w}`));
    assert.deepEqual(offenders, []);
  });

  it('the check catches each kind of write (a broken file on purpose)', () => {
    const text = [
      "import { findMeeting, insertMeeting as add } from '../../../db/repositories/meetings';",
      "import {\n  listWaves,\n  markWaveCancelled,\n} from '../../../db/repositories/waves';",
      "import { writeAudit } from '../../../db/repositories/audit-log';",
      "import * as sessions from '../../../db/repositories/sessions';",
      "import type { updateStaff } from '../../../db/repositories/staff-users';",
      "import { setFlash } from '../../http/flash';",
      'await deps.db.deleteFrom("sessions").execute();',
    ].join('\n');
    assert.deepEqual(writesIn(text), [
      'insertMeeting from ../../../db/repositories/meetings',
      'markWaveCancelled from ../../../db/repositories/waves',
      'writeAudit from ../../../db/repositories/audit-log',
      '* as sessions from ../../../db/repositories/sessions',
      '.deleteFrom()',
    ]);
  });
});
