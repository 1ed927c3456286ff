import { testDialect } from './database';

/** A test that only makes sense on SQLite is registered on SQLite only: a Postgres run then has no
 *  pending test (CI forbids them), and the Postgres step's floor in .ci/test-floors is lower by it. */
export function itOnSqlite(title: string, fn: Mocha.AsyncFunc): void {
  if (testDialect === 'sqlite') it(title, fn);
}

/** A test that needs Postgres is registered only when the run is on Postgres (the .ci/run Postgres step runs it);
 *  a SQLite run says so in one line instead of leaving a pending test. */
export function itOnPostgres(title: string, fn: Mocha.AsyncFunc): void {
  if (testDialect === 'postgres') it(title, fn);
  else console.log(`SKIPPED (local): "${title}" needs Postgres (TEST_DATABASE_URL); the Postgres step of .ci/run runs it`);
}
