import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema';

// Group commit for SQLite (issue 17). Every commit waits for fsync (synchronous = FULL), and better-sqlite3 is
// synchronous: while one commit waits for the disk, the event loop stands still and the next requests queue in
// the kernel. When the loop turns again they are all parsed in the same poll phase; each reaches
// commitTogether, and a setImmediate callback (the check phase, after that poll phase) runs them all inside ONE
// immediate transaction, each member in its own SAVEPOINT. One fsync then serves several respondents:
// - a member whose work throws is rolled back to its savepoint alone; its caller gets the error, the others commit;
// - members run one after the other in arrival order, so a conditional update (one-time use of a link) still
//   lets exactly one of two submits of the same link win, even inside one batch;
// - every caller's promise settles only after the outer COMMIT has returned: an answered 303 means the row is on disk.
// Postgres has commit_delay and a connection pool: there commitTogether is a plain transaction.

export type Work<T> = (trx: Transaction<DB>) => Promise<T>;

interface Member {
  work: Work<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** At most this many callers share one commit: a bounded batch keeps every member's wait short (p99). */
export const MAX_GROUP = 8;

class CommitGroup {
  private queue: Member[] = [];
  private flushing = false;

  constructor(private readonly db: Kysely<DB>, private readonly maxGroup: number) {}

  add<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  /** Commits the queue batch by batch; callers that arrive meanwhile join the next batch. */
  private async flush(): Promise<void> {
    while (this.queue.length) await this.commit(this.queue.splice(0, this.maxGroup));
    this.flushing = false;
  }

  private async commit(batch: Member[]): Promise<void> {
    if (batch.length === 1) {
      const only = batch[0]!;
      await this.db.transaction().execute(only.work).then(only.resolve, only.reject);
      return;
    }
    const outcomes: Outcome[] = [];
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const member of batch) outcomes.push(await inSavepoint(trx, member.work));
      });
    } catch (error) {
      // BEGIN or COMMIT failed (or a savepoint could not be rolled back): nothing of this batch is on disk.
      for (const member of batch) member.reject(error);
      return;
    }
    batch.forEach((member, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) member.resolve(outcome.value);
      else member.reject(outcome.error);
    });
  }
}

const SAVEPOINT = CompiledQuery.raw('savepoint group_member');
const RELEASE = CompiledQuery.raw('release savepoint group_member');
const ROLLBACK_TO = CompiledQuery.raw('rollback to savepoint group_member');

async function inSavepoint(trx: Transaction<DB>, work: Work<unknown>): Promise<Outcome> {
  await trx.executeQuery(SAVEPOINT);
  try {
    const value = await work(trx);
    await trx.executeQuery(RELEASE);
    return { ok: true, value };
  } catch (error) {
    await trx.executeQuery(ROLLBACK_TO);
    await trx.executeQuery(RELEASE);
    return { ok: false, error };
  }
}

const groups = new WeakMap<Kysely<DB>, CommitGroup>();

/** Called by openDatabase for a SQLite database with group commit on (the default; SQLITE_GROUP_COMMIT=off). */
export function enableGroupCommit(db: Kysely<DB>, maxGroup = MAX_GROUP): void {
  groups.set(db, new CommitGroup(db, maxGroup));
}

/**
 * Runs `work` in a transaction that may be shared with other concurrent callers (SQLite with group commit on),
 * in its own savepoint; resolves with its result once the shared transaction has committed, rejects with its
 * own error (only its own writes are undone). Inside an existing transaction, `work` simply runs in it.
 * `work` must only use the database: no network I/O, no waiting on anything else.
 */
export function commitTogether<T>(db: Kysely<DB>, work: Work<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<DB>);
  const group = groups.get(db);
  return group ? group.add(work) : db.transaction().execute(work);
}
