import supertest from 'supertest';
import { mergeCookies, type StaffClient, type TestContext } from '../support/context';
import { createRng } from '../../scripts/seed/demo-data/random';
import { seedDemoPanel } from '../../scripts/seed/demo/panel';
import { insertInvitation } from '../../db/repositories/invitations';
import { insertDraftVersion } from '../../db/repositories/survey-drafts';
import { insertSurvey } from '../../db/repositories/surveys';
import { insertWave } from '../../db/repositories/waves';
import { changeMembership, replaceContact } from '../../server/services/panel/register';

/** A member with a primary contact, made through the same commands the forms use. */
export async function addMember(ctx: TestContext, kommunkod: string, contact: { name?: string; email: string; title?: string | null; phone?: string | null }, date = '2025-01-10') {
  const joined = await changeMembership(ctx.deps, null, { kommunkod, change: 'join', date, reason: null });
  if (!joined.ok) throw new Error(joined.message);
  const set = await replaceContact(ctx.deps, null, kommunkod, 'primary', { name: contact.name ?? 'Test Person', title: contact.title ?? null, email: contact.email, phone: contact.phone ?? null });
  if (!set.ok) throw new Error(set.message);
  return set.id;
}

/** The demo panel (149 members) in this test's database. */
export async function seedPanel(ctx: TestContext): Promise<void> {
  await seedDemoPanel({ deps: ctx.deps, rng: createRng(2024), print: () => {}, staffIds: {} as never, shared: {} });
}

/** Multipart upload of `fil` as that client, with the CSRF token. */
export function upload(ctx: TestContext, client: StaffClient, filename: string, content: Buffer | string) {
  return supertest(ctx.app).post(`/panel/import?_csrf=${client.csrf}`).set('Cookie', client.cookie)
    .attach('fil', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), filename);
}

/** Upload, follow to the dry-run page; returns the import id and the page. */
export async function dryRun(ctx: TestContext, client: StaffClient, filename: string, content: Buffer | string) {
  const res = await upload(ctx, client, filename, content);
  if (res.status !== 303) throw new Error(`upload: ${res.status} ${res.text.slice(0, 2000)}`);
  const id = Number(/\/panel\/import\/(\d+)$/.exec(res.headers.location)![1]);
  const page = await client.get(`/panel/import/${id}`);
  return { id, page };
}

/** Follows a 303 with the cookies it set (the flash message), as the browser would. */
export function follow(ctx: TestContext, client: StaffClient, res: { headers: Record<string, string | string[] | undefined> }) {
  return supertest(ctx.app).get(String(res.headers.location)).set('Cookie', mergeCookies(client.cookie, res.headers['set-cookie']));
}

/** Waves (on a bare survey version) with an invitation of `kommunkod` to each one that has a `sentAt`. */
export async function inviteToWaves(ctx: TestContext, kommunkod: string, contactId: number, waves: { title: string; opensAt: string; closesAt: string; sentAt?: string }[]) {
  const now = ctx.clock.now().toISOString();
  const surveyId = await insertSurvey(ctx.db, { seriesId: null, title: 'Bemanning', now, createdBy: null });
  const versionId = await insertDraftVersion(ctx.db, { surveyId, versionNo: 1, definition: '{}', now, by: null });
  const invitations: number[] = [];
  for (const w of waves) {
    const waveId = await insertWave(ctx.db, {
      surveyVersionId: versionId, title: w.title, audience: { kind: 'all' }, opensAt: w.opensAt, closesAt: w.closesAt, reminderDays: [],
      dimensions: [], k: 5, invitationSubject: 's', invitationText: 't', reminderText: 'r',
    }, null, now);
    if (w.sentAt) invitations.push(await insertInvitation(ctx.db, { waveId, contactId, kommunkod, sentAt: w.sentAt }));
  }
  return invitations;
}
