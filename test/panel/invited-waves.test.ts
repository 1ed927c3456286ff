import assert from 'node:assert/strict';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { addMember, inviteToWaves } from './support';

/** The <main> element: the part of the page that depends on the data (not the CSRF token or request id). */
const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)![0];

describe('municipality page: waves it was invited to, never what it answered', () => {
  let ctx: TestContext;
  let viewer: StaffClient;
  let invitationId: number;
  beforeEach(async () => {
    ctx = await createTestContext();
    viewer = await ctx.as('viewer');
    const contactId = await addMember(ctx, '1280', { name: 'Mia Malm', email: 'mia@malmo.example' });
    [invitationId] = await inviteToWaves(ctx, '1280', contactId, [
      { title: 'Bemanning juni', opensAt: '2026-06-01T07:00:00Z', closesAt: '2026-06-20T21:00:00Z', sentAt: '2026-06-01T07:05:00Z' },
      { title: 'Bemanning oktober', opensAt: '2026-10-01T07:00:00Z', closesAt: '2026-10-20T21:00:00Z', sentAt: '2026-10-01T07:05:00Z' },
      { title: 'Ett utskick till andra', opensAt: '2026-09-01T07:00:00Z', closesAt: '2026-09-20T21:00:00Z' },
    ]) as [number];
  });
  afterEach(() => ctx.close());

  it('lists the waves, newest first, with period and sending date', async () => {
    const page = await viewer.get('/panel/kommuner/1280');
    assert.equal(page.status, 200);
    assert.match(page.text, /Inbjudningar till enkäter[\s\S]*Bemanning oktober[\s\S]*2026-10-01–2026-10-20[\s\S]*Bemanning juni[\s\S]*2026-06-01/);
    assert.doesNotMatch(page.text, /Ett utskick till andra/);
    assert.match((await viewer.get('/panel/kommuner/0114')).text, /Inga utskick ännu\./);
  });

  it('shows exactly the same page whether the municipality opened, answered and was reminded or not', async () => {
    const before = main((await viewer.get('/panel/kommuner/1280')).text);
    await ctx.db.updateTable('invitations').set({ opened: 1, completed: 1, reminders_sent: 2 }).where('id', '=', invitationId).execute();
    const after = main((await viewer.get('/panel/kommuner/1280')).text);
    assert.equal(after, before);
    assert.doesNotMatch(after, /svarat|besvarad|öppnad|påminn/i);
  });
});
