// Worker threads that read attachment text (extract-worker.mjs), so a hostile file cannot stall the server:
// each file gets GONGKAI_EXTRACT_SECONDS, then its worker is terminated (the only way to stop a synchronous
// loop in a library) and replaced. Workers that finish in time are kept for the next file for a while, so
// pdf.js, mammoth and SheetJS load once rather than per upload.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AttachmentKind } from "./file-types";

export type TextStatus = "OK" | "NONE" | "UNREADABLE" | "TIMEOUT";
export type ExtractedText = { text: string; status: TextStatus; error?: string };
export type WorkerLimits = { milliseconds: number; expandBytes: number; textBytes: number };

/** Extractions at once; more wait their turn (their time limit starts when they start). */
const MAX_CONCURRENT = 2;
/** Allowance for a new worker to load its readers before it starts on the file. */
const WORKER_START_MS = 30_000;
/** Heap of one worker: a file that needs more is unreadable, not a crashed server. */
const WORKER_HEAP_MB = 512;
/** An idle worker is ended after this long. */
const IDLE_MS = 60_000;

type Reply =
  | { id: number; started: true }
  | { id: number; ok: true; text: string }
  | { id: number; ok: false; error: string };

const idle: Worker[] = [];
const idleTimers = new Map<Worker, NodeJS.Timeout>();
let nextJob = 1;

/** Reads the text of `bytes` in a worker within `limits`; never throws for a bad file. */
export async function extractInWorker(bytes: Uint8Array, kind: AttachmentKind, limits: WorkerLimits) {
  const release = await acquireSlot();
  try {
    return await runJob(bytes, kind, limits);
  } finally {
    release();
  }
}

/**
 * Starts the extraction workers now and waits until they are ready (a few seconds: tsx, pdf.js, mammoth and
 * SheetJS load), so the first upload does not wait for that. Workers unused for a minute are ended again.
 */
export async function warmExtractionWorkers(count = MAX_CONCURRENT): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, () =>
      extractInWorker(new Uint8Array(0), "ofd", { milliseconds: WORKER_START_MS, expandBytes: 1, textBytes: 1 }),
    ),
  );
}

function runJob(bytes: Uint8Array, kind: AttachmentKind, limits: WorkerLimits): Promise<ExtractedText> {
  const copy = new Uint8Array(bytes); // its buffer moves to the worker; the caller's bytes stay usable
  const id = nextJob++;
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = takeWorker();
    } catch (error) {
      resolve({ text: "", status: "UNREADABLE", error: error instanceof Error ? error.message : String(error) });
      return;
    }
    let settled = false;
    const stop = (ms: number) => () => finish({ text: "", status: "TIMEOUT", error: `stopped after ${ms} ms` }, false);
    // A new worker first loads its readers (fixed allowance); the file's own limit counts from "started".
    let timer = setTimeout(stop(WORKER_START_MS), WORKER_START_MS);
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      if ("started" in reply) {
        clearTimeout(timer);
        timer = setTimeout(stop(limits.milliseconds), limits.milliseconds);
        return;
      }
      if (reply.ok) finish({ text: reply.text, status: "OK" }, true);
      else finish({ text: "", status: "UNREADABLE", error: reply.error }, true);
    };
    const onError = (error: Error) => finish({ text: "", status: "UNREADABLE", error: error.message }, false);
    const onExit = (code: number) =>
      finish({ text: "", status: "UNREADABLE", error: `worker exited (${code})` }, false);
    function finish(result: ExtractedText, reusable: boolean) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (reusable) giveBack(worker);
      else void worker.terminate();
      resolve(result);
    }
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage(
      { id, bytes: copy, kind, limits: { expandBytes: limits.expandBytes, textBytes: limits.textBytes } },
      [copy.buffer as ArrayBuffer],
    );
  });
}

function takeWorker(): Worker {
  const worker = idle.pop();
  if (!worker) return startWorker();
  clearTimeout(idleTimers.get(worker));
  idleTimers.delete(worker);
  worker.ref();
  return worker;
}

function giveBack(worker: Worker) {
  worker.unref(); // an idle worker never keeps the process alive
  idle.push(worker);
  const timer = setTimeout(() => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    idleTimers.delete(worker);
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idleTimers.set(worker, timer);
}

function startWorker(): Worker {
  const worker = new Worker(workerFile(), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    stdout: true, // a library's chatter stays out of the server's log
    stderr: true,
  });
  // Read and dropped, so it fills neither the log nor a pipe buffer.
  worker.stdout.resume();
  worker.stderr.resume();
  worker.on("exit", () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  worker.on("error", () => {}); // reported to the job that is running, if any
  return worker;
}

let workerPath: string | undefined;

/** extract-worker.mjs on disk: next to this module when run from source, else under the project's lib/. */
function workerFile(): string {
  if (workerPath) return workerPath;
  const candidates: string[] = [];
  try {
    candidates.push(path.join(path.dirname(fileURLToPath(import.meta.url)), "extract-worker.mjs"));
  } catch {
    // Inside a bundle import.meta.url may not be a file URL.
  }
  candidates.push(path.join(process.cwd(), "lib", "attachments", "extract-worker.mjs"));
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`extract-worker.mjs not found (looked in ${candidates.join(", ")})`);
  workerPath = found;
  return found;
}

let running = 0;
const waiting: (() => void)[] = [];

function acquireSlot(): Promise<() => void> {
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  if (running < MAX_CONCURRENT) {
    running++;
    return Promise.resolve(release);
  }
  return new Promise((resolve) =>
    waiting.push(() => {
      running++;
      resolve(release);
    }),
  );
}
