import assert from 'node:assert/strict';
import { createCipheriv, createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { closeDueWaves } from '../../server/services/waves/close-waves';
import { sealExistingData } from '../../server/services/waves/seal-existing';
import { answerLinks, openWaveForTest, Respondent } from '../answer/support';
import { createTestContext, type TestContext } from '../support/context';

/** How drafts were sealed before issue 12: AES-GCM under a key derived from the app secret. */
function legacyDraft(secret: string, invitationId: number, answers: unknown): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', createHmac('sha256', secret).update('draft-seal-v1').digest(), iv);
  c.setAAD(Buffer.from(String(invitationId)));
  const body = Buffer.concat([c.update(JSON.stringify(answers), 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
}

// Migration 033 + the start-up step: data written before the sealed ballot box is moved, nothing is lost.
describe('anonymity: data from before the upgrade', () => {
  let ctx: TestContext;
  afterEach(() => ctx.close());

  it('seals waiting ballots of an open wave, cuts links out of sent mail, and still releases every ballot', async () => {
    ctx = await createTestContext({ env: { SMTP_URL: 'smtp://127.0.0.1:9' } });
    const wave = await openWaveForTest(ctx, { members: 3 });
    await ctx.db.updateTable('waves').set({ ballot_public_key: null, ballot_private_key: null }).execute();
    const plain = JSON.stringify({ answers: { brist: { code: 'nej' } }, bg: { landsdel: 'Svealand' } });
    await ctx.db.insertInto('ballots').values({ id: randomUUID(), wave_id: wave.waveId, payload: plain }).execute();
    await ctx.db.updateTable('outbox').set({ status: 'sent', sent_at: ctx.clock.now().toISOString(), link_token: null }).execute();
    assert.ok((await ctx.db.selectFrom('outbox').select('text').execute()).every((m) => /\/svar\/[\w-]{43}/.test(m.text)));

    assert.deepEqual(await sealExistingData(ctx.deps), { waves: 1, ballots: 1, mails: 3 });
    assert.deepEqual(await sealExistingData(ctx.deps), { waves: 0, ballots: 0, mails: 0 }, 'a second start-up does nothing');
    const ballot = await ctx.db.selectFrom('ballots').select('payload').executeTakeFirstOrThrow();
    assert.match(ballot.payload, /^sb1\./);
    assert.doesNotMatch(ballot.payload, /nej|Svealand/);
    const mails = await ctx.db.selectFrom('outbox').select(['text', 'html']).execute();
    assert.ok(mails.every((m) => !/\/svar\/[\w-]{43}/.test(m.text + m.html) && m.text.includes('borttagen')));

    ctx.clock.set(wave.closesAt);
    await closeDueWaves(ctx.deps);
    const responses = await ctx.db.selectFrom('responses').select('bg_landsdel').execute();
    // Opened and released; a lone respondent's landsdel is withheld (fewer than k responses share it).
    assert.deepEqual(responses, [{ bg_landsdel: null }]);
    assert.equal((await ctx.db.selectFrom('answers').select('code').where('question_key', '=', 'brist').executeTakeFirstOrThrow()).code, 'nej');
  });

  it('a link mailed before keyed hashes still opens, is stored anew under the keyed hash, and resumes its old draft', async () => {
    ctx = await createTestContext();
    await openWaveForTest(ctx, { members: 3 });
    const invitationId = (await ctx.db.selectFrom('invitations').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    const token = randomBytes(32).toString('base64url');
    const sha = createHash('sha256').update(token).digest('hex');
    await ctx.db.insertInto('invitation_tokens').values({ token_hash: sha, invitation_id: invitationId }).execute();
    const answers = { brist: { code: 'ja' }, antal: { num: 15 } };
    await ctx.db.insertInto('drafts').values({ invitation_id: invitationId, answers: legacyDraft(ctx.config.sessionSecret, invitationId, answers), page_key: 'orsak' }).execute();

    const r = new Respondent(ctx);
    const start = await r.open(`/svar/${token}`);
    assert.match(start.text, /href="\/svar\/sida\/orsak"/, 'the old draft resumes where it was');
    assert.equal((await ctx.db.selectFrom('invitation_tokens').select('token_hash').where('token_hash', '=', sha).execute()).length, 0);
    await r.get('/svar/sida/orsak');
    await r.post('/svar/sida/orsak', { _action: 'save', q_varfor: 'Få sökande' });
    const draft = await ctx.db.selectFrom('drafts').selectAll().where('invitation_id', '=', invitationId).executeTakeFirstOrThrow();
    assert.equal(draft.page_key, null);
    assert.match(draft.answers, /^d2\./, 'sealed anew under the link');
    assert.match((await new Respondent(ctx).open(`/svar/${token}`)).text, /Fortsätt där du slutade/);
    assert.equal((await answerLinks(ctx)).length, 3);
  });
});
