// One more app process over a shared SQLite file, for the one-ballot race across processes
// (ballot-box.test.ts). Same test config and clock as createTestContext; prints its port, stops at stdin's end.
import { openDatabase } from '../../db/database';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logging';
import { createMailer } from '../../server/mail/mailer';
import { TestClock } from '../support/clock';

const database = openDatabase({ kind: 'sqlite', file: process.argv[2]! });
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', BASE_URL: 'http://panel.test' });
const deps = { db: database.db, dialect: database.dialect, config, mailer: createMailer(config), clock: new TestClock(), logger: createLogger(config) };
const server = createApp(deps).listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as { port: number }).port}\n`);
});
process.stdout.on('error', () => process.exit(0)); // the test is gone
process.stdin.on('end', () => {
  server.closeAllConnections();
  server.close(() => void database.close().then(() => process.exit(0)));
});
process.stdin.resume();
