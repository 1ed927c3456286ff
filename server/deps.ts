import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DialectName } from '../db/database';
import type { DB } from '../db/schema';
import type { Config } from './config';
import type { Mailer } from './mail/mailer';

export interface Clock { now(): Date }
export const systemClock: Clock = { now: () => new Date() };

/** Everything the app and the services need, injected (tests build one per fresh database). */
export interface AppDeps {
  readonly db: Kysely<DB>;
  readonly dialect: DialectName;
  readonly config: Config;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly logger: Logger;
}
