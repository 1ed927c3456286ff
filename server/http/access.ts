import type { Role } from '../../db/tables/foundation';

export const ROLES: readonly Role[] = ['admin', 'analyst', 'editor', 'viewer'];

/** Who may call a route. Every route declares one; the role × route test reads them. */
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'respondent' }
  | { readonly kind: 'staff'; readonly roles: readonly Role[] };

export const PUBLIC: Access = { kind: 'public' };
/** Anonymous respondent routes: no IP, user agent or path logged. */
export const RESPONDENT: Access = { kind: 'respondent' };
export const ANY_STAFF: Access = { kind: 'staff', roles: ROLES };
export function staff(...roles: Role[]): Access {
  return { kind: 'staff', roles };
}

export function allows(access: Access, role: Role | null): boolean {
  if (access.kind !== 'staff') return true;
  return role !== null && access.roles.includes(role);
}
