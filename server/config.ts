import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './config-error';
import { loadBallotKey } from './security/ballot-key';
import { randomToken } from './security/tokens';

/** Validated, frozen configuration read once from the environment. */
export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly baseUrl: string;
  readonly database: { readonly kind: 'sqlite'; readonly file: string; readonly groupCommit: boolean } | { readonly kind: 'postgres'; readonly url: string };
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly sessionSecret: string;
  /** Master key for the wave keys of the sealed ballot box (never in the database or the data folder). */
  readonly ballotKey: Buffer | null;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly dataDir: string;
  readonly trustProxy: number;
  readonly jobs: boolean;
  /** Client addresses that may read /metrics. */
  readonly metricsAllow: readonly string[];
  /** Caps every job's interval (drills and the multi-instance test); null: the job table's intervals. */
  readonly jobsMaxIntervalMs: number | null;
  readonly adminEmail: string | null;
  readonly adminPassword: string | null;
  /** Kolada's open API (v2), without a trailing slash. */
  readonly koladaUrl: string;
}

export { ConfigError };

const port = z.coerce.number().int().min(1).max(65535);
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function check<T>(variable: string, schema: z.ZodType<T>, value: unknown, detail: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ConfigError(variable, `${detail} (got ${JSON.stringify(value)})`);
  return parsed.data;
}

/** SQLITE_GROUP_COMMIT=off: every write transaction commits (and waits for fsync) on its own. */
function parseDatabase(raw: string | undefined, dataDir: string, env: NodeJS.ProcessEnv): Config['database'] {
  if (/^postgres(ql)?:\/\//.test(raw ?? '')) return { kind: 'postgres', url: raw! };
  const groupCommit = check('SQLITE_GROUP_COMMIT', z.enum(['on', 'off']), env.SQLITE_GROUP_COMMIT ?? 'on', 'must be on or off') === 'on';
  if (!raw) return { kind: 'sqlite', file: path.join(dataDir, 'app.db'), groupCommit };
  if (raw.startsWith('sqlite:')) return { kind: 'sqlite', file: raw.slice('sqlite:'.length), groupCommit };
  const scheme = raw.split(':')[0];
  throw new ConfigError('DATABASE_URL', `must be postgres://… or sqlite:<file> (got scheme "${scheme}")`);
}

function parseAllowList(raw: string | undefined): string[] {
  const list = (raw ?? '127.0.0.1,::1').split(',').map((a) => a.trim()).filter(Boolean);
  const bad = list.find((a) => isIP(a) === 0);
  if (bad !== undefined) throw new ConfigError('METRICS_ALLOW', `must be a comma-separated list of IP addresses (got "${bad}")`);
  return list;
}

/** Development keeps a generated secret in the data folder so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomToken();
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = check('NODE_ENV', z.enum(['development', 'production', 'test']), env.NODE_ENV ?? 'development', 'must be development, production or test');
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const portValue = check('PORT', port, env.PORT ?? '3000', 'must be a port number 1–65535');
  const baseUrl = check('BASE_URL', z.url({ protocol: /^https?$/ }), env.BASE_URL ?? `http://localhost:${portValue}`, 'must be an http(s) URL')
    .replace(/\/$/, '');
  const smtpUrl = env.SMTP_URL ? check('SMTP_URL', z.string().regex(/^smtps?:\/\/.+/), env.SMTP_URL, 'must be smtp://… or smtps://…') : null;
  let sessionSecret = env.SESSION_SECRET ?? '';
  if (sessionSecret && sessionSecret.length < 32) throw new ConfigError('SESSION_SECRET', 'must be at least 32 characters');
  if (!sessionSecret) {
    if (nodeEnv === 'production') throw new ConfigError('SESSION_SECRET', 'is required when NODE_ENV=production');
    sessionSecret = nodeEnv === 'test' ? 'test-secret-test-secret-test-secret-0000' : developmentSecret(dataDir);
  }
  if (nodeEnv === 'production' && !smtpUrl) throw new ConfigError('SMTP_URL', 'is required when NODE_ENV=production (the mail viewer keeps answer links)');
  const config: Config = {
    env: nodeEnv,
    port: portValue,
    baseUrl,
    database: parseDatabase(env.DATABASE_URL, dataDir, env),
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? 'Äldreomsorgspanelen <panelen@aldreomsorgspanelen.example>',
    sessionSecret,
    ballotKey: loadBallotKey(env, nodeEnv, dataDir),
    logLevel: check('LOG_LEVEL', z.enum(logLevels), env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'), `must be one of ${logLevels.join(', ')}`),
    dataDir,
    trustProxy: check('TRUST_PROXY', z.coerce.number().int().min(0).max(10), env.TRUST_PROXY ?? '0', 'must be the number of proxies in front of the app (0–10)'),
    jobs: check('JOBS', z.enum(['on', 'off']), env.JOBS ?? 'on', 'must be on or off') === 'on',
    metricsAllow: Object.freeze(parseAllowList(env.METRICS_ALLOW)),
    jobsMaxIntervalMs: env.JOBS_MAX_INTERVAL ? check('JOBS_MAX_INTERVAL', z.coerce.number().int().min(100), env.JOBS_MAX_INTERVAL, 'must be milliseconds (≥ 100)') : null,
    adminEmail: env.ADMIN_EMAIL ? check('ADMIN_EMAIL', z.email(), env.ADMIN_EMAIL, 'must be an e-mail address') : null,
    adminPassword: env.ADMIN_PASSWORD ?? null,
    koladaUrl: check('KOLADA_URL', z.url({ protocol: /^https?$/ }), env.KOLADA_URL ?? 'https://api.kolada.se/v2', 'must be an http(s) URL').replace(/\/$/, ''),
  };
  if (config.env === 'production' && !config.baseUrl.startsWith('https://')) {
    throw new ConfigError('BASE_URL', 'must use https:// when NODE_ENV=production');
  }
  return Object.freeze({ ...config, database: Object.freeze({ ...config.database }) });
}
