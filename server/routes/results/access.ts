import type { Request } from 'express';
import { staff } from '../../http/access';

/**
 * Aggregated (suppressed) results are read by everyone who writes lägesbilder: analysts, editors, admins.
 * Analysts' own work — reviewing unapproved free texts, importing register data — stays with analysts and
 * admins; the microdata export with administrators only. Viewers see published lägesbilder instead.
 */
export const RESULTS = staff('admin', 'analyst', 'editor');
export const ANALYSTS = staff('admin', 'analyst');
export const ADMIN_ONLY = staff('admin');

export const isAnalyst = (req: Request): boolean => req.staff?.role === 'admin' || req.staff?.role === 'analyst';

export const idParam = (req: Request): number => {
  const id = Number(req.params.id);
  return Number.isInteger(id) && id > 0 && id < 2 ** 31 ? id : 0;
};
