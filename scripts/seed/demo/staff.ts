import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../../server/deps';
import { hashPassword } from '../../../server/auth/passwords';
import { insertStaff } from '../../../db/repositories/staff-users';
import type { Role } from '../../../db/tables/foundation';

export const DEMO_STAFF: { role: Role; name: string; email: string }[] = [
  { role: 'admin', name: 'Maria Lindqvist', email: 'admin@kunskapscentret.example' },
  { role: 'analyst', name: 'Johan Ekström', email: 'analytiker@kunskapscentret.example' },
  { role: 'editor', name: 'Sara Nilsson', email: 'redaktor@kunskapscentret.example' },
  { role: 'viewer', name: 'Erik Berg', email: 'lasare@kunskapscentret.example' },
];

/** One staff user per role, each with a generated password that is printed once and never stored in clear. */
export async function seedDemoStaff(deps: AppDeps, print: (l: string) => void): Promise<Record<Role, number>> {
  const ids = {} as Record<Role, number>;
  const now = deps.clock.now().toISOString();
  print('Demoinloggningar (visas bara den här gången):');
  for (const u of DEMO_STAFF) {
    const password = `Demo-${randomBytes(6).toString('base64url')}`;
    ids[u.role] = await insertStaff(deps.db, { ...u, passwordHash: await hashPassword(password), now });
    print(`  ${u.role.padEnd(8)} ${u.email.padEnd(38)} lösenord: ${password}`);
  }
  return ids;
}
