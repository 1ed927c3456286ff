import type { AppDeps } from '../../deps';
import { AreaRouter } from '../../http/area-router';
import { staffAfterMeetingRoutes } from './staff-after';
import { staffMeetingListRoutes } from './staff-list';
import { staffMeetingRoutes } from './staff-meeting';
import { publicCalendarRoutes } from './public-calendar';
import { publicCancelRoutes } from './public-cancel';
import { publicRegistrationRoutes } from './public-registration';

/** Staff pages under /moten, and the public pages: the meeting list, registration and cancellation. */
export function meetingRoutes(deps: AppDeps): AreaRouter[] {
  const staffArea = new AreaRouter('/moten');
  staffMeetingListRoutes(staffArea, deps);
  staffAfterMeetingRoutes(staffArea, deps);
  staffMeetingRoutes(staffArea, deps);
  const publicArea = new AreaRouter('');
  publicRegistrationRoutes(publicArea, deps);
  publicCalendarRoutes(publicArea, deps);
  publicCancelRoutes(publicArea, deps);
  return [staffArea, publicArea];
}
