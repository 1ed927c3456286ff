import type { Request } from 'express';
import { ANY_STAFF, staff } from '../../http/access';
import { notFound } from '../../http/errors';

/** Viewers and analysts read the register; editors and admins change it; only admins erase. */
export const READ = ANY_STAFF;
export const EDIT = staff('admin', 'editor');
export const ADMIN = staff('admin');

export function canEdit(req: Request): boolean {
  return req.staff?.role === 'admin' || req.staff?.role === 'editor';
}

export function isAdmin(req: Request): boolean {
  return req.staff?.role === 'admin';
}

/** A kommunkod from the path: four digits, or 404. */
export function kodParam(req: Request): string {
  const kod = String(req.params.kod ?? '');
  if (!/^\d{4}$/.test(kod)) throw notFound();
  return kod;
}

export function idParam(req: Request): number {
  const id = Number(req.params.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
  return id;
}
