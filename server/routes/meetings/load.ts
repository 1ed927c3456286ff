import type { Request } from 'express';
import { findMeeting, type MeetingRow } from '../../../db/repositories/meetings';
import type { Role } from '../../../db/tables/foundation';
import type { AppDeps } from '../../deps';
import { staff } from '../../http/access';
import { notFound } from '../../http/errors';

/** Editors and admins change meetings, send mail, mark attendance and export; every staff role may read. */
export const MEETING_EDITORS = staff('admin', 'editor');

export function canEditMeetings(role: Role | undefined): boolean {
  return role === 'admin' || role === 'editor';
}

/** The meeting named by `:id`, or 404. */
export async function loadMeeting(deps: AppDeps, req: Request): Promise<MeetingRow> {
  const meeting = await findMeeting(deps.db, Number(req.params.id));
  if (!meeting) throw notFound();
  return meeting;
}
