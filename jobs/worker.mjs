// bree runs jobs in worker threads, which on Node 20 do not inherit tsx's loader; this plain .mjs entry
// loads the TypeScript job runner through tsx's API instead (see STACK-NOTES.md).
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { runJob } = await tsImport('./run-job.ts', import.meta.url);
await runJob(workerData.jobName);
if (parentPort) parentPort.postMessage('done');
