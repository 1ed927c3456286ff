// `npm run build`: compiles server/, db/ and scripts/ to plain JavaScript in dist/, one .js file per .ts file at the
// same relative path (so `import.meta.url` lookups and the migration folder work as in the sources), with
// relative imports rewritten to their .js files and packages left to node_modules. Data files are copied beside.
import { build } from 'esbuild';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist');
const folders = ['server', 'db', 'scripts'];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
}

/** './x' → './x.js' or './x/index.js', kept external: every module stays its own file. */
const relativeToJs = {
  name: 'relative-to-js',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const target = path.resolve(args.resolveDir, args.path);
      if (existsSync(`${target}.ts`)) return { path: `${args.path}.js`, external: true };
      if (existsSync(path.join(target, 'index.ts'))) return { path: `${args.path}/index.js`, external: true };
      return { errors: [{ text: `cannot resolve ${args.path} from ${args.importer}` }] };
    });
  },
};

const files = folders.flatMap((f) => walk(path.join(root, f)));
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: files.filter((f) => f.endsWith('.ts')),
  outdir: out, outbase: root, bundle: true, packages: 'external', plugins: [relativeToJs],
  platform: 'node', format: 'esm', target: 'node20', sourcemap: true, logLevel: 'warning',
});
for (const file of files.filter((f) => /\.(txt|csv)$/.test(f))) cpSync(file, path.join(out, path.relative(root, file)));
console.log(`built ${files.filter((f) => f.endsWith('.ts')).length} modules into dist/`);
