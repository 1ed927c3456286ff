import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** Files and folders the app creates are for its own user only (checklist: data not readable by others). */
export const PRIVATE_UMASK = 0o077;
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Called first thing by every entry point: new files 0600, new folders 0700. */
export function restrictNewFiles(): void {
  process.umask(PRIVATE_UMASK);
}

/** The app's own data folder: created 0700, and tightened if an earlier version left it open. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/** An SQLite file and its -wal/-shm companions (SQLite gives new companions the main file's mode). */
export function makeSqliteFilesPrivate(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (existsSync(f)) chmodSync(f, PRIVATE_FILE_MODE);
  }
}

export function parentDir(file: string): string {
  return path.dirname(path.resolve(file));
}
