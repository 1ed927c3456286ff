import assert from 'node:assert/strict';
import supertest from 'supertest';
import { draftKeyFor, openDraft } from '../../server/services/answering/draft-seal';
import { sign } from '../../server/services/waves/tokens';
import { lootOf, readWithLoot } from './attacker';
import { cellText, copyFolder, dumpFolder, dumpLive, findInSnapshot, markerFor, answerWithMarker, openedWave, startFileApp, type FileApp } from './support';
import { testDialect } from '../support/database';

// Attack 5 of issue 12: with the data folder and the app secret (but no mailed link), drafts opened and
// answer cookies could be forged for any invitation.
describe('anonymity: drafts and answer sessions without the link', () => {
  let app: FileApp;
  afterEach(() => app?.close());

  it('the folder and the secret open no draft, show no page_key and forge no answer session', async () => {
    app = await startFileApp();
    const { ctx } = app;
    const { links } = await openedWave(ctx, 4);
    const marker = markerFor(7);
    const member = await answerWithMarker(ctx, links[0]!, marker, false);
    assert.match((await member.get('/svar')).text, /Fortsätt|fortsätt/, 'the member herself resumes');

    const copy = copyFolder(app.dataDir);
    const stolen = testDialect === 'sqlite' ? dumpFolder(copy) : await dumpLive(ctx.db);
    const loot = lootOf(copy, ctx.config.sessionSecret);
    assert.deepEqual(findInSnapshot(stolen, marker), []);
    assert.equal(stolen.drafts!.length, 1);
    for (const d of stolen.drafts!) {
      assert.equal(readWithLoot(cellText(d.answers), loot, [String(d.invitation_id), `draft:${d.invitation_id}`]), null, 'the draft opens');
      assert.ok(!/start|orsak|atgarder|_review/.test(Object.values(d).map(cellText).join(' ')), 'how far the member got is readable');
      for (const t of stolen.invitation_tokens!) {
        const stored = { answers: cellText(d.answers), page_key: null };
        assert.equal(openDraft(draftKeyFor(cellText(t.token_hash)), ctx.config.sessionSecret, Number(d.invitation_id), stored), null, 'the app\'s own key derivation on a stored hash opens it');
      }
    }

    const expiry = ctx.clock.now().getTime() + 3600_000;
    const values = [
      ...stolen.invitations!.map((i) => String(i.id)),
      ...stolen.invitation_tokens!.map((t) => cellText(t.token_hash)),
    ];
    for (const v of values) {
      const body = `${v}.${expiry}`;
      const res = await supertest(ctx.app).get('/svar').set('Cookie', `svar=${body}.${sign(ctx.config.sessionSecret, 'answer-session', body)}`);
      assert.match(res.text, /Öppna länken i e-postmeddelandet igen/, `a forged cookie from ${v.slice(0, 12)} opened a session`);
    }
  });
});
