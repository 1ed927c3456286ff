import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);

/** The folder with package.json: views/, public/, node_modules/ live there, whether this code runs from the
 *  TypeScript sources (tsx) or from the compiled dist/ folder (`npm run build`). */
export const projectRoot = findRoot(path.dirname(here));

function findRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'package.json'))) return d;
    if (path.dirname(d) === d) throw new Error(`No package.json above ${dir}`);
  }
}
