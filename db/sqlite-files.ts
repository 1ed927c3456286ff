import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../server/domain/file-modes';

/** The folder of an SQLite file, created 0700 if missing. */
export function ensureSqliteDir(file: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: PRIVATE_DIR_MODE });
}

/** An SQLite file and its -wal/-shm companions (SQLite gives new companions the main file's mode). */
export function makeSqliteFilesPrivate(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (existsSync(f)) chmodSync(f, PRIVATE_FILE_MODE);
  }
}
