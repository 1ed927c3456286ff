/** URLs in the meeting mails and pages. */
export const PUBLIC_MEETINGS_PATH = '/moten-och-erfarenhetsutbyten';

export function registrationPath(meetingId: number): string {
  return `${PUBLIC_MEETINGS_PATH}/${meetingId}`;
}

/** The meeting's public calendar file ("Lägg till i kalendern"). */
export function calendarPath(meetingId: number): string {
  return `${registrationPath(meetingId)}/kalender.ics`;
}

export function registrationUrl(baseUrl: string, meetingId: number): string {
  return baseUrl + registrationPath(meetingId);
}

export function cancelUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/avboka/${token}`;
}

/** Where a published lägesbild is read (the archive of the lägesbilder area). */
export function lagesbildUrl(baseUrl: string, lagesbildId: number): string {
  return `${baseUrl}/arkiv/${lagesbildId}`;
}
