// Runs readTable in a worker thread (see read-table-off-thread.ts), so a heavy or hostile file costs this
// thread's time and memory, never the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { readTable, type ReadTableOptions } from '../../domain/tabular';

const { bytes, filename, options } = workerData as { bytes: Uint8Array; filename: string; options: ReadTableOptions };
parentPort!.postMessage(await readTable(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), filename, options));
