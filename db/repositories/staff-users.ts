import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import type { Role } from '../tables/foundation';

export type StaffUser = { id: number; email: string; name: string; role: Role; disabled: number; last_login_at: string | null };
const columns = ['id', 'email', 'name', 'role', 'disabled', 'last_login_at'] as const;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findStaffByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('staff_users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export async function findStaffById(db: Kysely<DB>, id: number): Promise<StaffUser | undefined> {
  return db.selectFrom('staff_users').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function listStaff(db: Kysely<DB>): Promise<StaffUser[]> {
  return db.selectFrom('staff_users').select(columns).orderBy('name').execute();
}

export async function insertStaff(db: Kysely<DB>, u: { email: string; name: string; role: Role; passwordHash: string; now: string }): Promise<number> {
  const row = await db.insertInto('staff_users')
    .values({ email: normaliseEmail(u.email), name: u.name, role: u.role, password_hash: u.passwordHash, created_at: u.now })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateStaff(db: Kysely<DB>, id: number, patch: { name?: string; role?: Role; disabled?: number; passwordHash?: string }): Promise<void> {
  const { passwordHash, ...rest } = patch;
  await db.updateTable('staff_users').set({ ...rest, ...(passwordHash ? { password_hash: passwordHash } : {}) }).where('id', '=', id).execute();
}

export async function markLogin(db: Kysely<DB>, id: number, now: string): Promise<void> {
  await db.updateTable('staff_users').set({ last_login_at: now }).where('id', '=', id).execute();
}

export async function countStaff(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('staff_users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
