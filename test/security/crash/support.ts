import BetterSqlite3 from 'better-sqlite3';
import supertest from 'supertest';
import { listMunicipalities } from '../../../db/repositories/municipalities';
import { scheduleWave } from '../../../server/services/waves/schedule-wave';
import { openDueWaves } from '../../../server/services/waves/open-waves';
import { publishSurvey } from '../../answer/support';
import { addMember } from '../../panel/support';
import { csrfFrom, mergeCookies, type TestContext } from '../../support/context';

/** `n` members with a contact each, a published survey and an open wave (real time: the server process
 *  uses the system clock); returns the wave id and the answer links in the queued invitations. */
export async function openWaveWithMembers(ctx: TestContext, n: number, title = 'Kraschprov'): Promise<{ waveId: number; links: string[] }> {
  ctx.clock.set(new Date());
  const existing = new Set((await ctx.db.selectFrom('panel_members').select('kommunkod').execute()).map((m) => m.kommunkod));
  if (existing.size < n) {
    for (const m of (await listMunicipalities(ctx.db)).filter((x) => !existing.has(x.kommunkod)).slice(0, n - existing.size)) {
      await addMember(ctx, m.kommunkod, { name: `Kontakt ${m.kommunkod}`, email: `kontakt${m.kommunkod}@kommun.example` });
    }
  }
  const now = ctx.clock.now().getTime();
  const scheduled = await scheduleWave(ctx.deps, { id: 0, email: 'test' }, {
    surveyVersionId: await publishSurvey(ctx), title, audience: { kind: 'all' }, opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 10 * 86_400_000).toISOString(), reminderDays: [], dimensions: [], k: 3,
    invitationSubject: 'Inbjudan', invitationText: 'Svara gärna.', reminderText: 'Påminnelse.',
  });
  if (!scheduled.ok) throw new Error(JSON.stringify(scheduled.errors));
  await openDueWaves(ctx.deps);
  const rows = await ctx.db.selectFrom('outbox').select('text').where('unique_key', 'like', `invite:${scheduled.id}:%`).execute();
  return { waveId: scheduled.id, links: rows.map((r) => /http:\/\/panel\.test(\/svar\/[\w-]{43})/.exec(r.text)![1]!) };
}

/** A respondent against any app or URL: opens the link, answers both pages, stops at the review page. */
export class Answerer {
  cookie = '';
  csrf = '';
  constructor(public target: Parameters<typeof supertest>[0]) {}
  private track(res: supertest.Response) {
    this.cookie = mergeCookies(this.cookie, res.headers['set-cookie']);
    if (/name="_csrf"/.test(res.text ?? '')) this.csrf = csrfFrom(res.text);
    return res;
  }
  get(path: string) { return supertest(this.target).get(path).set('Cookie', this.cookie).then((r) => this.track(r)); }
  post(path: string, form: Record<string, string | string[]> = {}) {
    return supertest(this.target).post(path).set('Cookie', this.cookie).type('form').send({ _csrf: this.csrf, ...form }).then((r) => this.track(r));
  }
  async prepare(link: string): Promise<void> {
    const swap = await this.get(link);
    await this.get(swap.headers.location!);
    await this.get('/svar/sida/start');
    await this.post('/svar/sida/start', { _action: 'next', q_brist: 'ja', q_antal: '3' });
    await this.post('/svar/sida/atgarder', { _action: 'next', q_gjort: ['bonus'] });
    await this.get('/svar/granska');
  }
  /** The send button: true when the server answered 303 to the thank-you page. */
  async submit(): Promise<boolean> {
    const res = await this.post('/svar/skicka');
    return res.status === 303 && res.headers.location === '/svar/tack';
  }
}

export interface WaveCounts { completed: number; waiting: number; released: number; status: string }

/** Straight from the file: ballot ROWS (waiting and released; payloads are not read) and completions. */
export function countsInFile(file: string, waveId: number): WaveCounts & { integrity: string } {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const one = (q: string) => (db.prepare(q).get(waveId) as { n: number | string }).n;
    return {
      integrity: String((db.prepare('pragma integrity_check').get() as { integrity_check: string }).integrity_check),
      completed: Number(one('select count(*) as n from invitations where wave_id = ? and completed = 1')),
      waiting: Number(one('select count(*) as n from ballots where wave_id = ?')),
      released: Number(one('select count(*) as n from responses where wave_id = ?')),
      status: String(one('select status as n from waves where id = ?')),
    };
  } finally {
    db.close();
  }
}
