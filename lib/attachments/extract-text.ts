// Text of an attachment, for search: PDF (pdf.js, legacy build for Node), Word, WPS, Excel and OFD
// (extract-in-process.ts); images give none (no OCR). A file is read in a worker thread that is stopped after
// GONGKAI_EXTRACT_SECONDS, so a hostile file (a zip bomb, a PDF whose content never ends) cannot stall the
// server; the result says whether the text could be read, and the console shows it.
//
// Chinese PDFs often use predefined CMaps (UniGB-UCS2-H, GBK-EUC-H…) and fonts that are not embedded.
// pdf.js needs the CMap files to map the bytes to characters; they ship inside the pdfjs-dist package
// and are read from disk, never from a URL, so extraction works on a network-less 政务内网 machine.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { extractLimits } from "./config";
import type { AttachmentKind } from "./file-types";
import { MAX_TEXT_BYTES, TextCap } from "./text-cap";

export { MAX_TEXT_BYTES };
/** Stop reading further pages after this long (the worker's own limit stops the rest). */
const TIME_BUDGET_MS = 20_000;
/** Extractions at once; more wait their turn (their time limit starts when they start). */
const MAX_CONCURRENT = 2;
/** Allowance for a worker to load its readers before it starts on the file. */
const WORKER_START_MS = 30_000;
/** Heap of one worker: a file that needs more is unreadable, not a crashed server. */
const WORKER_HEAP_MB = 512;

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | undefined;

/** Loads pdf.js once, with its worker code on this thread (no worker file to locate in a bundle). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return pdfjs;
}

let packageDir: string | undefined;

/** The pdfjs-dist folder on disk, where cmaps/, standard_fonts/ and wasm/ are. */
export function pdfjsPackageDir(): string {
  if (packageDir) return packageDir;
  const candidates: string[] = [];
  try {
    // legacy/build/pdf.mjs → the package root, two levels up.
    candidates.push(
      path.resolve(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.mjs")), "..", ".."),
    );
  } catch {
    // A bundler may hide the resolver; the project's node_modules is the usual place.
  }
  candidates.push(path.join(process.cwd(), "node_modules", "pdfjs-dist"));
  const found = candidates.find((dir) => existsSync(path.join(dir, "cmaps", "UniGB-UCS2-H.bcmap")));
  if (!found) throw new Error(`pdfjs-dist CMaps not found (looked in ${candidates.join(", ")})`);
  packageDir = found;
  return found;
}

export type TextStatus = "OK" | "NONE" | "UNREADABLE" | "TIMEOUT";
export type ExtractedText = { text: string; status: TextStatus; error?: string };

const IMAGE_KINDS: readonly AttachmentKind[] = ["png", "jpeg", "gif", "webp"];

/**
 * The searchable text of an attachment, read in a worker thread within the limits of extractLimits():
 * OK with text, NONE when the file holds no text, UNREADABLE (damaged, encrypted, past the expansion limit,
 * out of memory) or TIMEOUT with "" and the reason in `error`. Never throws for a bad file.
 */
export async function extractAttachmentText(bytes: Uint8Array, kind: AttachmentKind): Promise<ExtractedText> {
  if (IMAGE_KINDS.includes(kind)) return { text: "", status: "NONE" };
  const limits = extractLimits();
  const release = await acquireSlot();
  try {
    const result = await runWorker(bytes, kind, limits);
    if (result.status === "OK" && !result.text) return { text: "", status: "NONE" };
    return result;
  } finally {
    release();
  }
}

function runWorker(
  bytes: Uint8Array,
  kind: AttachmentKind,
  limits: { milliseconds: number; expandBytes: number },
): Promise<ExtractedText> {
  const copy = new Uint8Array(bytes); // its buffer moves to the worker; the caller's bytes stay usable
  return new Promise((resolve) => {
    let settled = false;
    let worker: Worker;
    try {
      worker = startWorker(copy, kind, limits.expandBytes);
    } catch (error) {
      resolve({ text: "", status: "UNREADABLE", error: error instanceof Error ? error.message : String(error) });
      return;
    }
    const finish = (result: ExtractedText) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    // Read and dropped, so a chatty library neither fills the server's log nor a pipe buffer.
    worker.stdout.resume();
    worker.stderr.resume();
    // The limit counts from the moment the worker starts on the file; its own start (loading the
    // readers) has a separate, fixed allowance, so a slow machine does not eat a file's time.
    const stop = (ms: number) => () => finish({ text: "", status: "TIMEOUT", error: `stopped after ${ms} ms` });
    let timer = setTimeout(stop(WORKER_START_MS), WORKER_START_MS);
    worker.on("message", (message: WorkerMessage) => {
      if ("started" in message) {
        clearTimeout(timer);
        timer = setTimeout(stop(limits.milliseconds), limits.milliseconds);
        return;
      }
      finish(
        message.ok ? { text: message.text, status: "OK" } : { text: "", status: "UNREADABLE", error: message.error },
      );
    });
    worker.on("error", (error) => finish({ text: "", status: "UNREADABLE", error: error.message }));
    worker.on("exit", (code) => finish({ text: "", status: "UNREADABLE", error: `worker exited with code ${code}` }));
  });
}

type WorkerMessage = { started: true } | { ok: true; text: string } | { ok: false; error: string };

function startWorker(bytes: Uint8Array, kind: AttachmentKind, expandBytes: number): Worker {
  return new Worker(workerFile(), {
    workerData: { bytes, kind, limits: { expandBytes, textBytes: MAX_TEXT_BYTES } },
    transferList: [bytes.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    stdout: true, // a library's chatter stays out of the server's log
    stderr: true,
  });
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

export async function extractPdfText(bytes: Uint8Array, options: { maxBytes?: number } = {}): Promise<string> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const dir = pdfjsPackageDir();
  const folder = (name: string) => path.join(dir, name) + path.sep; // pdf.js appends file names to these
  const task = getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js may take ownership of (detach) the buffer it is given
    cMapUrl: folder("cmaps"),
    cMapPacked: true,
    standardFontDataUrl: folder("standard_fonts"),
    wasmUrl: folder("wasm"),
    iccUrl: folder("iccs"),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false, // never compile code from a document
    verbosity: VerbosityLevel.ERRORS,
  });
  const started = Date.now();
  const text = new TextCap(options.maxBytes ?? MAX_TEXT_BYTES);
  try {
    const document = await task.promise;
    for (let number = 1; number <= document.numPages && !text.full; number++) {
      if (Date.now() - started > TIME_BUDGET_MS) break;
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if ("str" in item) text.append(item.hasEOL ? `${item.str}\n` : item.str);
      }
      text.append("\n\n"); // pages apart, so a search never matches across a page break
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return text.value.trim();
}
