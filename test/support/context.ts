import { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import supertest from 'supertest';
import { createApp, type App } from '../../server/app';
import { createSession } from '../../server/auth/session-store';
import { loadConfig, type Config } from '../../server/config';
import type { AppDeps } from '../../server/deps';
import { csrfToken } from '../../server/http/csrf';
import { createLogger } from '../../server/logging';
import { createMailer, type Mailer } from '../../server/mail/mailer';
import { useBallotKey } from '../../server/security/ballot-key';
import type { DB } from '../../db/schema';
import type { Role } from '../../db/tables/foundation';
import { insertStaff } from '../../db/repositories/staff-users';
import { hashPassword } from '../../server/auth/passwords';
import { TestClock } from './clock';
import { openTestDatabase } from './database';

export const TEST_PASSWORD = 'Rätt-hemligt-lösen-42';
let passwordHash: Promise<string> | null = null;

export interface TestContext {
  deps: AppDeps;
  db: Kysely<DB>;
  app: App;
  clock: TestClock;
  config: Config;
  /** Every log line the app wrote, as raw JSON text. */
  logs: string[];
  /** A staff user of that role (created on first use) and a ready session: cookie + CSRF token. */
  as(role: Role): Promise<StaffClient>;
  anonymous(): StaffClient;
  close(): Promise<void>;
}

/** Requests carrying a session cookie and the matching CSRF token; `post` sends a urlencoded form. Under /svar
 *  it sends the token an answer page gives this browser: the respondent path never reads the staff session, so
 *  its token is not bound to one (server/app.ts). */
export class StaffClient {
  constructor(private readonly app: App, readonly cookie: string, readonly csrf: string, readonly userId: number | null,
    private readonly answerCsrf = csrf) {}
  get(path: string) {
    return supertest(this.app).get(path).set('Cookie', this.cookie);
  }
  post(path: string, form: Record<string, string | string[]> = {}, opts: { csrf?: boolean } = {}) {
    const body = opts.csrf === false ? form : { _csrf: path.startsWith('/svar/') ? this.answerCsrf : this.csrf, ...form };
    return supertest(this.app).post(path).set('Cookie', this.cookie).type('form').send(body);
  }
}

export const TEST_SEED = 'test-csrf-seed-0123456789ab';

/** Tests bring their own ballot key (production has none by default and refuses to start without one). */
export const TEST_BALLOT_KEY = Buffer.alloc(32, 0x5a).toString('base64');

export async function createTestContext(opts: { env?: Record<string, string>; mailer?: Mailer; sqliteFile?: string; groupCommit?: boolean } = {}): Promise<TestContext> {
  const database = await openTestDatabase({ file: opts.sqliteFile, groupCommit: opts.groupCommit });
  // Production refuses to start without SMTP: production-mode tests get an address nothing listens on (port 9).
  const smtp = opts.env?.NODE_ENV === 'production' ? { SMTP_URL: 'smtp://127.0.0.1:9' } : {};
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', BASE_URL: 'http://panel.test', BALLOT_KEY: TEST_BALLOT_KEY, ...smtp, ...opts.env });
  useBallotKey(config.ballotKey);
  const logs: string[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { logs.push(String(chunk)); cb(); } });
  const clock = new TestClock();
  const deps: AppDeps = { db: database.db, dialect: database.dialect, config, mailer: opts.mailer ?? createMailer(config), clock, logger: createLogger(config, sink) };
  const app = createApp(deps);
  const users = new Map<Role, number>();
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const cookieName = (n: string) => (config.env === 'production' ? `__Host-${n}` : n);

  return {
    deps, db: database.db, app, clock, config, logs,
    async as(role) {
      if (!users.has(role)) {
        users.set(role, await insertStaff(database.db, { email: `${role}@test.example`, name: `Test ${role}`, role, passwordHash: await passwordHash!, now: clock.now().toISOString() }));
      }
      const session = await createSession(database.db, users.get(role)!, clock.now());
      const cookie = `${cookieName('sid')}=${session.id}; ${cookieName('csrf')}=${TEST_SEED}`;
      return new StaffClient(app, cookie, csrfToken(config.sessionSecret, TEST_SEED, session.key), users.get(role)!, csrfToken(config.sessionSecret, TEST_SEED));
    },
    anonymous() {
      return new StaffClient(app, `${cookieName('csrf')}=${TEST_SEED}`, csrfToken(config.sessionSecret, TEST_SEED), null);
    },
    close: () => database.drop(),
  };
}

/** The CSRF token in a rendered page (the hidden `_csrf` input). */
export function csrfFrom(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('No CSRF token on the page');
  return m[1]!;
}

/** Cookies from a response as a Cookie header value (name=value; …), merged over `previous`. */
export function mergeCookies(previous: string, setCookie: string[] | string | undefined): string {
  const jar = new Map(previous.split('; ').filter(Boolean).map((c) => [c.split('=')[0]!, c] as const));
  for (const line of ([] as string[]).concat(setCookie ?? [])) {
    const pair = line.split(';')[0]!;
    const name = pair.split('=')[0]!;
    if (/Expires=Thu, 01 Jan 1970/i.test(line) || pair.endsWith('=')) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join('; ');
}
