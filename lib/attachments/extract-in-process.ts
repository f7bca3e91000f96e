// The text of one file, read on the current thread with no time bound: only the extraction worker
// (extract-worker.mjs, started by extract-text.ts) calls this, so a hostile file stalls only that worker.
// Each reader is imported when its kind comes: a worker reads one file, and loading pdf.js, mammoth and
// SheetJS all at once would only slow its start.
import type { AttachmentKind } from "./file-types";
import { MAX_TEXT_BYTES, TextCap } from "./text-cap";

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
