import { testDialect } from './database';

/** A test that only makes sense on SQLite is registered on SQLite only: a Postgres run then has no
 *  pending test (CI forbids them), and the Postgres step's floor in .ci/test-floors is lower by it. */
export function itOnSqlite(title: string, fn: Mocha.AsyncFunc): void {
  if (testDialect === 'sqlite') it(title, fn);
}
