import { chmodSync, mkdirSync } from 'node:fs';
import { PRIVATE_DIR_MODE, PRIVATE_UMASK } from '../domain/file-modes';

/** Called first thing by every entry point: new files 0600, new folders 0700. */
export function restrictNewFiles(): void {
  process.umask(PRIVATE_UMASK);
}

/** The app's own data folder: created 0700, and tightened if an earlier version left it open. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}
