// `node scripts/run.mjs server/main`: runs an entry point. With NODE_ENV=production it loads the compiled
// dist/<entry>.js with plain node (build it first with `npm run build`); otherwise the TypeScript source through
// tsx, so development needs no build step.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/run.mjs <entry without extension>, e.g. server/main');
  process.exit(2);
}
process.argv.splice(2, 1); // the entry's own arguments follow, as if it had been started directly

if (process.env.NODE_ENV === 'production') {
  const compiled = path.join(root, 'dist', `${entry}.js`);
  if (!existsSync(compiled)) {
    console.error(`${path.relative(root, compiled)} is missing: run \`npm run build\` before starting with NODE_ENV=production`);
    process.exit(1);
  }
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, `${entry}.ts`)).href);
}
