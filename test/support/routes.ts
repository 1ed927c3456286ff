import type { RouteInfo } from '../../server/http/area-router';

/** A concrete URL for a route template: every `:param` becomes a value that exists in no table. */
export function samplePath(route: RouteInfo, value = '999999'): string {
  return route.path.replace(/:(\w+)/g, () => value);
}

export function routeLabel(r: RouteInfo): string {
  return `${r.method.toUpperCase()} ${r.path}`;
}
