import type { Role } from '../../db/tables/foundation';

export interface NavItem { href: string; label: string; roles: readonly Role[] }

const ALL: readonly Role[] = ['admin', 'analyst', 'editor', 'viewer'];

/** The staff navigation; each area shows only for the roles that may use it. */
export const NAV: readonly NavItem[] = [
  { href: '/oversikt', label: 'Översikt', roles: ALL },
  { href: '/panel', label: 'Panelen', roles: ALL },
  { href: '/enkater', label: 'Enkäter', roles: ALL },
  { href: '/utskick', label: 'Utskick', roles: ['admin', 'editor', 'analyst'] },
  { href: '/resultat', label: 'Resultat', roles: ['admin', 'analyst', 'editor'] },
  { href: '/lagesbilder', label: 'Lägesbilder', roles: ALL },
  { href: '/moten', label: 'Möten', roles: ALL },
  { href: '/admin', label: 'Administration', roles: ['admin'] },
];

export function navFor(role: Role | undefined, currentPath: string) {
  if (!role) return [];
  return NAV.filter((n) => n.roles.includes(role)).map((n) => ({
    ...n,
    current: currentPath === n.href || currentPath.startsWith(n.href + '/'),
  }));
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administratör',
  analyst: 'Utredare',
  editor: 'Redaktör (godkänner)',
  viewer: 'Läsare',
};
