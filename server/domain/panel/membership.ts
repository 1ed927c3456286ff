import type { MemberStatus } from '../../../db/tables/panel';

export type MembershipChange = 'join' | 'pause' | 'resume' | 'leave';

/** Which changes a member in a status may go through; null = not a member yet. */
export const ALLOWED_CHANGES: Record<MemberStatus | 'none', MembershipChange[]> = {
  none: ['join'], left: ['join'], active: ['pause', 'leave'], paused: ['resume', 'leave'],
};
