import type { Request } from 'express';
import { findWave, type Wave } from '../../../db/repositories/waves';
import type { Role } from '../../../db/tables/foundation';
import type { AppDeps } from '../../deps';
import { staff } from '../../http/access';
import { notFound } from '../../http/errors';

/** Analysts follow progress; editors and admins schedule, change, cancel and extend. */
export const WAVE_READERS = staff('admin', 'editor', 'analyst');
export const WAVE_EDITORS = staff('admin', 'editor');

export function canEditWaves(role: Role | undefined): boolean {
  return role === 'admin' || role === 'editor';
}

/** The wave named by `:id`, or 404. */
export async function loadWave(deps: AppDeps, req: Request): Promise<Wave> {
  const wave = await findWave(deps.db, Number(req.params.id) || 0);
  if (!wave) throw notFound();
  return wave;
}
