/** A configuration value that stops start-up: the message names the variable (server/main.ts prints it alone). */
export class ConfigError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Configuration error: ${variable} ${detail}`);
  }
}
