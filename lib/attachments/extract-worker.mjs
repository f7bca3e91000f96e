// Entry of the text-extraction worker thread (started by extract-text.ts for one file, then ended).
// Plain JavaScript so Node can start it from disk in every setting (vitest, tsx, `next start`); it loads
// the TypeScript extractors through tsx, a dependency of the app.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { extractTextInProcess } = await import("./extract-in-process.ts");
parentPort.postMessage({ started: true }); // the time limit for this file starts now
try {
  const text = await extractTextInProcess(workerData.bytes, workerData.kind, workerData.limits);
  parentPort.postMessage({ ok: true, text });
} catch (error) {
  parentPort.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
