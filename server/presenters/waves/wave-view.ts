import type { Wave } from '../../../db/repositories/waves';
import { addDays, formatDate } from '../../domain/time';
import { format } from '../format';
import type { WaveProgress } from '../../services/waves/progress';
import { audienceText, dimensionsText, registerBandText, WAVE_STATUS } from './labels';

/** A wave as the list and the wave page show it. */
export function waveSummary(w: Wave & { surveyTitle?: string; versionNo?: number }) {
  const status = WAVE_STATUS[w.status];
  return {
    id: w.id, title: w.title, status: w.status, statusText: status.text, statusTag: status.tag,
    survey: w.surveyTitle ? `${w.surveyTitle} (version ${w.versionNo})` : '',
    opens: format.dateTime(w.opensAt), closes: format.dateTime(w.closesAt),
    audience: audienceText(w.audience), dimensions: dimensionsText(w.dimensions), k: w.k,
    registerBand: w.registerBand ? registerBandText(w.registerBand) : null,
    reminders: w.reminderDays.length ? w.reminderDays.map((d) => `${d} ${d === 1 ? 'dag' : 'dagar'} före stängning`).join(', ') : 'Inga',
    locked: w.anonymityLocked,
    canChange: w.status === 'scheduled' && !w.anonymityLocked,
    canExtend: w.status === 'scheduled' || w.status === 'open',
    /** The extend form's example: a week after today's closing date, so it is always a valid later date. */
    extendExample: formatDate(addDays(new Date(w.closesAt), 7)),
  };
}

/** The progress figures as labelled numbers; the response rate as a Swedish percentage. */
export function progressFigures(p: WaveProgress) {
  return {
    mail: [
      { label: 'i kö', value: format.number(p.mail.queued) },
      { label: 'skickade', value: format.number(p.mail.sent) },
      { label: 'misslyckade', value: format.number(p.mail.failed) },
      ...(p.mail.stopped ? [{ label: 'stoppade vid stängning', value: format.number(p.mail.stopped) }] : []),
      ...p.reminders.map((r) => ({ label: `påminnelser ${r.day} ${r.day === 1 ? 'dag' : 'dagar'} före stängning (sammanräknade)`, value: format.number(r.mails) })),
    ],
    answers: [
      { label: 'inbjudna kommuner', value: format.number(p.invited) },
      { label: 'har öppnat enkäten', value: format.number(p.opened) },
      { label: 'har skickat in', value: format.number(p.submitted) },
      { label: 'svarsfrekvens', value: format.percent(p.rate) },
    ],
    released: p.released,
  };
}
