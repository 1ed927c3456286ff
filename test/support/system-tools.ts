// Some tests need programs from Debian packages (Chromium, poppler-utils, PostgreSQL).
// Locally a missing program skips those tests with one clear line; in CI (CI=true) a missing
// program is an error, because .ci/run is responsible for installing it.
import { accessSync, constants, statSync } from 'node:fs';
import { basename, delimiter, isAbsolute, join } from 'node:path';

export interface ToolLookup {
  available: boolean;
  path?: string;
}

// Which Debian package provides a program, for the "install <pkg>" hint.
const debianPackageOf: Record<string, string> = {
  chromium: 'chromium',
  pdfinfo: 'poppler-utils',
  pdftotext: 'poppler-utils',
  pdffonts: 'poppler-utils',
  psql: 'postgresql',
  pg_ctlcluster: 'postgresql',
  pg_createcluster: 'postgresql',
  initdb: 'postgresql',
  pg_ctl: 'postgresql',
};

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function findOnPath(name: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return dirs.map((dir) => join(dir, name)).find(isExecutableFile);
}

function isCi(): boolean {
  return process.env.CI === 'true';
}

export function debianPackageFor(name: string): string {
  return debianPackageOf[basename(name)] ?? basename(name);
}

/**
 * Looks a program up by absolute path (`name` or `opts.path`) or on PATH.
 * Throws in CI when it is missing; locally it only reports `available: false`.
 */
export function requireTool(name: string, opts: { path?: string; why: string }): ToolLookup {
  const explicitPath = opts.path ?? (isAbsolute(name) ? name : undefined);
  const found = explicitPath ? (isExecutableFile(explicitPath) ? explicitPath : undefined) : findOnPath(name);
  if (found) return { available: true, path: found };
  if (isCi()) {
    throw new Error(
      `${explicitPath ?? name} is missing in CI (needed for: ${opts.why}). ` +
        `.ci/run must install the Debian package "${debianPackageFor(name)}".`,
    );
  }
  return { available: false };
}

/**
 * For mocha hooks and tests: returns the program's path, or skips the test/suite locally
 * (with one printed line) when the program is missing. In CI a missing program fails.
 */
export function skipUnlessTool(ctx: Mocha.Context, name: string, why: string): string {
  const lookup = requireTool(name, { why });
  if (lookup.available && lookup.path) return lookup.path;
  console.log(`SKIPPED (local): ${why} — install ${debianPackageFor(name)} to run`);
  ctx.skip();
  throw new Error('unreachable: ctx.skip() always throws');
}
