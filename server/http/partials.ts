import { readFileSync } from 'node:fs';
import path from 'node:path';
import ejs, { type TemplateFunction } from 'ejs';

export type RenderPartial = (name: string, data: Record<string, unknown>) => string;

const NAME = /^\/?[\w-]+(\/[\w-]+)*$/;

/**
 * `partial('/components/questions/question', { view })` in a view: renders a partial with exactly the data it is
 * given. ejs's own `include()` copies every local of the page (about thirty: app, response and page locals) into
 * each include, and a survey page has six includes per question: on a ten-question page that copying was the
 * largest single cost of the respondent path. A partial rendered this way gets its data and `partial` itself,
 * nothing else, and nothing is copied. Compiled once when the view cache is on (not in development).
 */
export function partialRenderer(viewsDir: string, cache: boolean): RenderPartial {
  const compiled = new Map<string, TemplateFunction>();
  const partial: RenderPartial = (name, data) => {
    let render = compiled.get(name);
    if (!render) {
      if (!NAME.test(name)) throw new Error(`Not a partial name: ${name}`);
      const filename = path.join(viewsDir, `${name.replace(/^\//, '')}.ejs`);
      render = ejs.compile(readFileSync(filename, 'utf8'), { filename, root: viewsDir, cache });
      if (cache) compiled.set(name, render);
    }
    // A partial may render partials of its own: `partial` comes with its data, nothing else does.
    return render({ ...data, partial });
  };
  return partial;
}
