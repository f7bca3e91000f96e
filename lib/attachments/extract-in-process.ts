// The text of one file, read on the current thread with no time bound: only the extraction worker
// (extract-worker.mjs, started by extract-text.ts) calls this, so a hostile file stalls only that worker.
// The readers are imported on first use, or all at once by preloadReaders() when a worker starts (before
// any file's time limit runs).
import type { AttachmentKind } from "./file-types";
import { MAX_TEXT_BYTES, TextCap } from "./text-cap";

/** Loads pdf.js, mammoth, word-extractor and SheetJS now, so the first file's time is its own. */
export async function preloadReaders() {
  await Promise.all([
    import("./extract-text").then((m) => m.loadPdfJs()),
    import("./text-from-office"),
    import("./text-from-ofd"),
  ]);
}

export type InProcessLimits = { expandBytes: number; textBytes?: number };

/** "" for kinds that hold no text (images); throws when the file cannot be read. */
export async function extractTextInProcess(
  bytes: Uint8Array,
  kind: AttachmentKind,
  limits: InProcessLimits,
): Promise<string> {
  const textBytes = limits.textBytes ?? MAX_TEXT_BYTES;
  if (kind === "pdf") return (await import("./extract-text")).extractPdfText(bytes, { maxBytes: textBytes });
  const cap = new TextCap(textBytes);
  cap.append(await rawText(bytes, kind, limits.expandBytes));
  return cap.value.trim();
}

async function rawText(bytes: Uint8Array, kind: Exclude<AttachmentKind, "pdf">, expandBytes: number): Promise<string> {
  switch (kind) {
    case "docx":
      return (await import("./text-from-office")).textFromDocx(bytes, expandBytes);
    case "doc":
      return (await import("./text-from-office")).textFromWord97(bytes);
    case "xls":
    case "xlsx":
      return (await import("./text-from-office")).textFromSpreadsheet(bytes, kind, expandBytes);
    case "ofd":
      return (await import("./text-from-ofd")).textFromOfd(bytes, expandBytes);
    case "png":
    case "jpeg":
    case "gif":
    case "webp":
      return ""; // no OCR
  }
}
