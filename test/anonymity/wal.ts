import { copyFileSync, existsSync, openSync, closeSync, readFileSync, writeSync, ftruncateSync } from 'node:fs';
import path from 'node:path';

/**
 * An attacker's WAL replay, written from the file format (https://sqlite.org/fileformat2.html#walformat), not
 * with SQLite: a 32-byte header (page size at byte 8, salts at 16 and 20), then frames of a 24-byte header
 * (page number, "database size after commit" — non-zero only on a commit frame — and the two salts) and one
 * page image. Frames whose salts differ from the header's are left over from before a checkpoint: the log ends.
 */
export interface WalCommit { frames: { pgno: number; page: Buffer }[]; dbPages: number }

export function parseWal(file: string): { pageSize: number; commits: WalCommit[] } {
  const wal = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  if (wal.length < 32) return { pageSize: 0, commits: [] };
  const pageSize = wal.readUInt32BE(8);
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  const commits: WalCommit[] = [];
  let pending: WalCommit['frames'] = [];
  for (let off = 32; off + 24 + pageSize <= wal.length; off += 24 + pageSize) {
    if (wal.readUInt32BE(off + 8) !== salt1 || wal.readUInt32BE(off + 12) !== salt2) break;
    pending.push({ pgno: wal.readUInt32BE(off), page: wal.subarray(off + 24, off + 24 + pageSize) });
    const dbPages = wal.readUInt32BE(off + 4);
    if (dbPages !== 0) {
      commits.push({ frames: pending, dbPages });
      pending = [];
    }
  }
  return { pageSize, commits };
}

/**
 * Applies the copied WAL to a copy of the copied main file, one commit at a time, and calls `visit` with a
 * plain (rollback-journal) database file holding the state after each commit.
 */
export function replayWal(dataDir: string, workDir: string, visit: (stateFile: string, commit: number) => void): number {
  const main = path.join(dataDir, 'app.db');
  const { pageSize, commits } = parseWal(`${main}-wal`);
  const state = path.join(workDir, 'state.db');
  copyFileSync(main, state);
  const fd = openSync(state, 'r+');
  try {
    // Bytes 18 and 19 (write/read version) 2 = WAL; 1 opens the file without looking for a -wal.
    writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
    commits.forEach((c, i) => {
      for (const f of c.frames) {
        const page = Buffer.from(f.page);
        if (f.pgno === 1) page[18] = page[19] = 1;
        writeSync(fd, page, 0, pageSize, (f.pgno - 1) * pageSize);
      }
      ftruncateSync(fd, c.dbPages * pageSize);
      visit(state, i);
    });
  } finally {
    closeSync(fd);
  }
  return commits.length;
}
