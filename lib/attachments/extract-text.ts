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
import { extractLimits } from "./config";
import { type ExtractedText, extractInWorker } from "./extract-pool";
import type { AttachmentKind } from "./file-types";
import { MAX_TEXT_BYTES, TextCap } from "./text-cap";

export { MAX_TEXT_BYTES };
/** Stop reading further pages after this long (the worker's own limit stops the rest). */
const TIME_BUDGET_MS = 20_000;
type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | undefined;

/** Loads pdf.js once, with its worker code on this thread (no worker file to locate in a bundle). */
export function loadPdfJs(): Promise<PdfJs> {
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

export type { ExtractedText, TextStatus } from "./extract-pool";

const IMAGE_KINDS: readonly AttachmentKind[] = ["png", "jpeg", "gif", "webp"];

/**
 * The searchable text of an attachment, read in a worker thread within the limits of extractLimits():
 * OK with text, NONE when the file holds no text, UNREADABLE (damaged, encrypted, past the expansion limit,
 * out of memory) or TIMEOUT with "" and the reason in `error`. Never throws for a bad file.
 */
export async function extractAttachmentText(bytes: Uint8Array, kind: AttachmentKind): Promise<ExtractedText> {
  if (IMAGE_KINDS.includes(kind)) return { text: "", status: "NONE" };
  const result = await extractInWorker(bytes, kind, { ...extractLimits(), textBytes: MAX_TEXT_BYTES });
  return result.status === "OK" && !result.text ? { text: "", status: "NONE" } : result;
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
