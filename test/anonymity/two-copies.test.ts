import assert from 'node:assert/strict';
import { testDialect } from '../support/database';
import { lootOf } from './attacker';
import { linkedInCommit } from './linking';
import { answerWithMarker, completedIds, copyFolder, dumpFolder, dumpLive, markerFor, openedWave, startFileApp, type FileApp, type Snapshot } from './support';

// Attack 2 of issue 12: two copies of the data (before and after one submit), or a watcher of a live Postgres.
describe('anonymity: two copies around one submit', () => {
  let app: FileApp;
  afterEach(() => app?.close());

  it('the difference pairs a completion with nothing readable', async () => {
    app = await startFileApp();
    const { links } = await openedWave(app.ctx, 6);
    await answerWithMarker(app.ctx, links[0]!, markerFor(0));
    const take = async (): Promise<Snapshot> => (testDialect === 'sqlite' ? dumpFolder(copyFolder(app.dataDir)) : dumpLive(app.ctx.db));
    const before = await take();
    await answerWithMarker(app.ctx, links[1]!, markerFor(1));
    const after = await take();

    const added = [...completedIds(after)].filter((id) => !completedIds(before).has(id));
    assert.equal(added.length, 1, 'the attacker does see which invitation completed');
    const loot = lootOf(app.dataDir, app.ctx.config.sessionSecret);
    assert.deepEqual(linkedInCommit(before, after, [markerFor(0), markerFor(1)], loot), []);
    assert.equal((after.ballots ?? []).length - (before.ballots ?? []).length, 1, 'one new ballot, sealed');
  });
});
