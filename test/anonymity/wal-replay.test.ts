import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { releaseBallots } from '../../server/services/waves/release-ballots';
import { itOnSqlite } from '../support/dialect';
import { lootOf } from './attacker';
import { linkedInCommit } from './linking';
import { answerWithMarker, completedIds, copyFolder, dumpSqlite, markerFor, openedWave, startFileApp, type FileApp, type Snapshot } from './support';
import { replayWal } from './wal';

// Attack 1 of issue 12: one copy of data/ (with app.db-wal), replayed commit by commit.
describe('anonymity: WAL replay of a copied data folder', () => {
  let app: FileApp;
  afterEach(() => app?.close());

  // SQLite only: Postgres has no WAL file in a data folder (its live watcher is two-copies.test.ts).
  itOnSqlite('no commit adds a completed invitation together with answers the folder and the secret can read', async function () {
    app = await startFileApp();
    const { links } = await openedWave(app.ctx, 6);
    const markers = links.slice(0, 5).map((_, i) => markerFor(i));
    for (const [i, marker] of markers.entries()) await answerWithMarker(app.ctx, links[i]!, marker);
    await releaseBallots(app.ctx.deps);

    const copy = copyFolder(app.dataDir);
    const loot = lootOf(copy, app.ctx.config.sessionSecret);
    let previous: Snapshot | null = null;
    let completions = 0;
    const linked: string[] = [];
    const commits = replayWal(copy, mkdtempSync(path.join(tmpdir(), 'anon-wal-')), (file, i) => {
      const state = dumpSqlite(file);
      if (previous) {
        const added = [...completedIds(state)].filter((id) => !completedIds(previous!).has(id));
        completions += added.length;
        if (added.length) linked.push(...linkedInCommit(previous, state, markers, loot).map((why) => `commit ${i}: invitation ${added.join(',')} + ${why}`));
      }
      previous = state;
    });
    assert.ok(commits > 5, `the copied WAL holds the submits (${commits} commits)`);
    assert.equal(completions, 5, 'the replay sees every completion, one commit at a time');
    assert.deepEqual(linked, []);
  });
});
