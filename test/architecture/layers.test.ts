// The layer rules of docs/ARCHITECTURE.md, checked with dependency-cruiser (.dependency-cruiser.cjs):
// the project itself has no violation, and each rule catches a value import that breaks it on purpose.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = process.cwd();
const BIN = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const SOURCES = ['server', 'db', 'scripts'];

/** Runs the check in `cwd` and returns the names of the broken rules (empty when it passes). */
async function brokenRules(cwd: string, config: string): Promise<string[]> {
  const sources = SOURCES.filter((s) => existsSync(path.join(cwd, s)));
  const args = [BIN, ...sources, '--config', config, '--output-type', 'json'];
  const { stdout, stderr } = await run(process.execPath, args, { cwd, maxBuffer: 64 * 1024 * 1024 }).catch((e) => e);
  if (!stdout) throw new Error(`dependency-cruiser gave no result: ${stderr}`);
  const result = JSON.parse(stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('layer rules (dependency-cruiser)', function () {
  this.timeout(60_000);

  it('the project breaks none of them', async () => {
    assert.deepEqual(await brokenRules(ROOT, '.dependency-cruiser.cjs'), []);
  });

  describe('a rule broken on purpose is caught', () => {
    // One small tree in a temporary folder breaks every rule once (a value import each), plus a type-only import
    // across layers, which is allowed; one run of the checker over it must name each rule.
    const cases: [string, string, string][] = [
      ['presenters-not-to-db', 'server/presenters/p1.ts', 'db/repositories/r1.ts'],
      ['presenters-not-to-services', 'server/presenters/p2.ts', 'server/services/s2.ts'],
      ['services-not-to-presenters', 'server/services/s3.ts', 'server/presenters/p3.ts'],
      ['services-not-to-http', 'server/services/s4.ts', 'server/http/h4.ts'],
      ['services-not-to-inputs', 'server/services/s5.ts', 'server/inputs/i5.ts'],
      ['inputs-not-to-services', 'server/inputs/i6.ts', 'server/services/s6.ts'],
      ['emails-not-to-presenters', 'server/emails/e7.ts', 'server/presenters/p7.ts'],
      ['db-not-to-server-outside-domain', 'db/repositories/r8.ts', 'server/services/s8.ts'],
      ['domain-is-pure', 'server/domain/d9.ts', 'db/repositories/r9.ts'],
      ['runtime-not-to-scripts', 'server/main.ts', 'scripts/seed/demo.ts'],
    ];
    let dir: string;
    let broken: string[];
    const spec = (from: string, to: string) => {
      const rel = path.relative(path.dirname(from), to).replace(/\.ts$/, '');
      return rel.startsWith('.') ? rel : `./${rel}`;
    };
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };

    before(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'layers-'));
      writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }));
      copyFileSync(path.join(ROOT, '.dependency-cruiser.cjs'), path.join(dir, 'rules.cjs'));
      for (const [, from, to] of cases) {
        write(to, 'export const x = 1;\nexport type T = number;\n');
        write(from, `import { x } from '${spec(from, to)}';\nexport const y = x;\n`);
      }
      write('server/services/cycle-a.ts', "import { b } from './cycle-b';\nexport const a = () => b;\n");
      write('server/services/cycle-b.ts', "import { a } from './cycle-a';\nexport const b = () => a;\n");
      write('db/tables/t10.ts', 'export type T = number;\nexport const unused = 0;\n');
      write('server/presenters/type-only.ts', `import type { T } from '${spec('server/presenters/type-only.ts', 'db/tables/t10.ts')}';\nexport type U = T;\n`);
      broken = await brokenRules(dir, 'rules.cjs');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    for (const [rule, from, to] of cases) {
      it(`${rule}: ${from} → ${to}`, () => {
        assert.ok(broken.includes(`${rule}: ${from} → ${to}`), `expected ${rule}, got ${JSON.stringify(broken)}`);
      });
    }
    it('no-circular: server/services/cycle-a.ts ↔ cycle-b.ts', () => {
      assert.ok(broken.some((b) => b.startsWith('no-circular: server/services/cycle-')), JSON.stringify(broken));
    });
    it('a type-only import across layers is allowed', () => {
      assert.ok(!broken.some((b) => b.includes('type-only')), JSON.stringify(broken));
    });
  });
});
