import pino, { type Logger } from 'pino';
import type { Config } from './config';

/** Structured logs. Secrets never reach a log line: known fields are redacted, and request logs
 *  carry the route template, never the raw URL or query string (tokens live there). */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  return pino({
    level: config.logLevel,
    base: undefined,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'cookie', '*.cookie', 'authorization', '*.authorization', 'sessionId', '*.sessionId'],
      censor: '[redacted]',
    },
  }, destination);
}
