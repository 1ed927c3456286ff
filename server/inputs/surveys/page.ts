import { z } from 'zod';

const title = z.string().trim().min(1, 'Ange en rubrik').max(200, 'Rubriken får vara högst 200 tecken');
const intro = z.string().trim().max(2000, 'Inledningen får vara högst 2000 tecken').default('');

export const pageInput = z.object({ title, intro });
export const PAGE_FIELDS = ['title', 'intro'];

/** The survey's own title and introduction, as respondents see them. */
export const settingsInput = z.object({ title, intro });
export const SETTINGS_FIELDS = ['title', 'intro'];

/** Every draft form carries the revision it was read at; a missing or odd value can only be stale (0 never matches). */
export function revisionOf(body: Record<string, unknown> | undefined): number {
  const value = Number(body?.revision);
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

/** "upp" or "ned" from a move button. */
export function directionOf(body: Record<string, unknown> | undefined): 'up' | 'down' | null {
  return body?.riktning === 'upp' ? 'up' : body?.riktning === 'ned' ? 'down' : null;
}
