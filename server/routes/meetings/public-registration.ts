import { keyedHash } from '../../security/tokens';
import type { Request, Response } from 'express';
import { listPublicMeetings, type MeetingRow } from '../../../db/repositories/meetings';
import { countsForMeeting } from '../../../db/repositories/meetings-stats';
import type { AppDeps } from '../../deps';
import { PUBLIC } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { REGISTRATION_FIELDS, registrationInput } from '../../inputs/meetings/registration';
import { postedValues } from '../../presenters/meetings/form-values';
import { meetingSummary } from '../../presenters/meetings/meeting-view';
import { PUBLIC_MEETINGS_PATH, registrationPath } from '../../domain/meetings/links';
import { registrationIsOpen } from '../../services/meetings/places';
import { registerForMeeting, registrationRateLimited } from '../../services/meetings/register';
import { MEETING_SETTINGS } from '../../services/meetings/settings';
import { loadMeeting } from './load';
import { municipalityChoices } from './municipality-choices';

/** Hidden from people (and screen readers); a bot that fills every field gives itself away. */
export const HONEYPOT_FIELD = 'webbplats';
const THANKS = new Set(['registered', 'waitlisted', 'existing-registered', 'existing-waitlisted']);
const CLOSED_MESSAGES = {
  cancelled: 'Mötet är inställt. Det går inte att anmäla sig.',
  deadline: 'Anmälan till mötet är stängd. Sista dag för anmälan har passerat.',
} as const;

/** The client address only as a keyed hash, and only in the rate-limit table. */
function clientKey(deps: AppDeps, req: Request): string {
  return 'meeting-register:client:' + keyedHash(deps.config.sessionSecret, req.ip ?? '');
}

export function publicRegistrationRoutes(area: AreaRouter, deps: AppDeps): void {
  const choices = municipalityChoices(deps);

  async function pageData(meeting: MeetingRow) {
    const now = deps.clock.now();
    const summary = meetingSummary(meeting, now, await countsForMeeting(deps.db, meeting.id));
    const state = registrationIsOpen(meeting, now);
    return {
      title: meeting.title, meeting: summary, state, full: state === 'open' && summary.placesLeft === 0,
      closedMessage: state === 'open' ? null : CLOSED_MESSAGES[state], action: registrationPath(meeting.id),
      municipalityOptions: (await choices()).options, honeypot: HONEYPOT_FIELD, retentionDays: MEETING_SETTINGS.retentionDays,
    };
  }

  area.get(PUBLIC_MEETINGS_PATH, PUBLIC, async (_req, res) => {
    const now = deps.clock.now();
    const meetings = (await listPublicMeetings(deps.db, now)).map((m) => ({ ...meetingSummary(m, now), state: registrationIsOpen(m, now) }));
    renderPage(res, 'meetings/public-list', { title: 'Möten och erfarenhetsutbyten', meetings });
  });

  area.get(`${PUBLIC_MEETINGS_PATH}/:id`, PUBLIC, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    renderPage(res, 'meetings/public-register', { ...(await pageData(meeting)), values: {} });
  });

  area.post(`${PUBLIC_MEETINGS_PATH}/:id`, PUBLIC, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    const values = postedValues(req.body, REGISTRATION_FIELDS);
    const thanks = (status: string) => res.redirect(303, `${registrationPath(meeting.id)}/tack?status=${status}`);
    const tooMany = await registrationRateLimited(deps, clientKey(deps, req));
    if (tooMany) return renderWithNotice(res, await pageData(meeting), values, 429, 'Det har kommit för många anmälningar från din uppkoppling på kort tid. Vänta en stund och försök igen.');
    // A filled honeypot looks like success to the bot, and nothing is saved.
    if (typeof req.body[HONEYPOT_FIELD] === 'string' && req.body[HONEYPOT_FIELD].trim() !== '') return thanks('registered');
    const state = registrationIsOpen(meeting, deps.clock.now());
    if (state !== 'open') return renderWithNotice(res, await pageData(meeting), values, 409, CLOSED_MESSAGES[state]);
    const input = parseInput(registrationInput((await choices()).codes), req.body);
    if (!input.ok) return renderInvalid(res, 'meetings/public-register', await pageData(meeting), input.errors, values, REGISTRATION_FIELDS);
    const outcome = await registerForMeeting(deps, meeting.id, input.data);
    if (outcome.ok) return thanks(outcome.value.status);
    if (outcome.reason === 'closed') return renderWithNotice(res, await pageData(meeting), values, 409, CLOSED_MESSAGES[outcome.closed]);
    if (outcome.reason === 'not-found') return res.redirect(303, PUBLIC_MEETINGS_PATH);
    thanks(`existing-${outcome.status}`);
  });

  area.get(`${PUBLIC_MEETINGS_PATH}/:id/tack`, PUBLIC, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    const status = typeof req.query.status === 'string' && THANKS.has(req.query.status) ? req.query.status : 'registered';
    renderPage(res, 'meetings/public-thanks', { title: 'Tack för din anmälan', meeting: meetingSummary(meeting, deps.clock.now()), status, backPath: registrationPath(meeting.id) });
  });
}

function renderWithNotice(res: Response, data: Record<string, unknown>, values: Record<string, string>, status: number, notice: string): void {
  renderPage(res, 'meetings/public-register', { ...data, values, notice }, status);
}
