import type { Request } from 'express';
import { staff } from '../../http/access';

/** Results are for analysts and administrators; the microdata export for administrators only. */
export const RESULTS = staff('admin', 'analyst');
export const ADMIN_ONLY = staff('admin');

export const idParam = (req: Request): number => {
  const id = Number(req.params.id);
  return Number.isInteger(id) && id > 0 && id < 2 ** 31 ? id : 0;
};
