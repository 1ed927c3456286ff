import type { RequestHandler } from 'express';
import type { AppDeps } from '../deps';
import { format } from '../presenters/format';
import { navFor, ROLE_LABELS } from './nav';

export const SERVICE_NAME = 'Äldreomsorgspanelen';

/** JSON that is safe inside <script type="application/json">: `<` escaped so `</script>` cannot end the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Plain data every page may use; views never see `req`. Set first, so even early error pages render. */
export function viewLocals(deps: AppDeps): RequestHandler {
  return (req, res, next) => {
    Object.assign(res.locals, {
      serviceName: SERVICE_NAME, staff: null, roleLabel: null, nav: [], currentPath: req.path,
      fmt: format, scriptJson, demo: deps.config.env !== 'production', csrfToken: '', flash: null,
    });
    next();
  };
}

/** After the session is known: who is logged in and the navigation for that role. */
export const staffLocals: RequestHandler = (req, res, next) => {
  if (req.staff) {
    res.locals.staff = req.staff;
    res.locals.roleLabel = ROLE_LABELS[req.staff.role];
    res.locals.nav = navFor(req.staff.role, req.path);
  }
  next();
};
