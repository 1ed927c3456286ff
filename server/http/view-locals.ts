import type { RequestHandler } from 'express';
import type { AppDeps } from '../deps';
import { format } from '../presenters/format';
import { navFor, ROLE_LABELS } from './nav';

export const SERVICE_NAME = 'Äldreomsorgspanelen';

/** Plain data every page may use; views never see `req`. */
export function viewLocals(deps: AppDeps): RequestHandler {
  return (req, res, next) => {
    res.locals.serviceName = SERVICE_NAME;
    res.locals.staff = req.staff ?? null;
    res.locals.roleLabel = req.staff ? ROLE_LABELS[req.staff.role] : null;
    res.locals.nav = navFor(req.staff?.role, req.path);
    res.locals.currentPath = req.path;
    res.locals.fmt = format;
    res.locals.scriptJson = scriptJson;
    res.locals.demo = deps.config.env !== 'production';
    next();
  };
}

/** JSON that is safe inside <script type="application/json">: `<` escaped so `</script>` cannot end the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
