// Entry of a text-extraction worker thread (extract-pool.ts): it loads the readers once, then reads one
// file at a time. Plain JavaScript so Node can start it from disk in every setting (vitest, tsx,
// `next start`); it loads the TypeScript extractors through tsx, a dependency of the app.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { extractTextInProcess, preloadReaders } = await import("./extract-in-process.ts");
await preloadReaders();

parentPort.on("message", async (job) => {
  parentPort.postMessage({ id: job.id, started: true }); // the time limit for this file starts now
  try {
    const text = await extractTextInProcess(job.bytes, job.kind, job.limits);
    parentPort.postMessage({ id: job.id, ok: true, text });
  } catch (error) {
    parentPort.postMessage({ id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
