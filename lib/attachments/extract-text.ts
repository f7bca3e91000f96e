// Text of an attachment, for search. Only PDFs for now (pdf.js, legacy build for Node); Word, Excel,
// OFD and images give "" until someone needs them (OFD text would mean parsing its XML pages, images OCR).
//
// Chinese PDFs often use predefined CMaps (UniGB-UCS2-H, GBK-EUC-H…) and fonts that are not embedded.
// pdf.js needs the CMap files to map the bytes to characters; they ship inside the pdfjs-dist package
// and are read from disk, never from a URL, so extraction works on a network-less 政务内网 machine.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { AttachmentKind } from "./file-types";

/** Cap on stored text (UTF-8 bytes): enough for any search, and a bound on the database row. */
export const MAX_TEXT_BYTES = 1024 * 1024;
/** pdf.js runs on the request's thread; stop reading further pages after this long. */
const TIME_BUDGET_MS = 20_000;

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

/**
 * The searchable text of an attachment: "" for kinds without extraction. Throws when the PDF cannot be
 * read (damaged, encrypted); callers decide whether that matters (ingestion logs it and stores "").
 */
export async function extractAttachmentText(bytes: Uint8Array, kind: AttachmentKind): Promise<string> {
  if (kind !== "pdf") return "";
  return extractPdfText(bytes);
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

/** Collects text up to a byte limit, dropping characters PostgreSQL text cannot hold (NUL) or search cannot use. */
class TextCap {
  private parts: string[] = [];
  private bytes = 0;
  full = false;

  constructor(private readonly limit: number) {}

  append(raw: string) {
    if (this.full) return;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing these control characters is the point
    const clean = raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]/g, "").replace(/\uFFFD/g, "");
    const size = Buffer.byteLength(clean, "utf8");
    if (this.bytes + size <= this.limit) {
      this.parts.push(clean);
      this.bytes += size;
      return;
    }
    let kept = "";
    for (const char of clean) {
      const charSize = Buffer.byteLength(char, "utf8");
      if (this.bytes + charSize > this.limit) break;
      kept += char;
      this.bytes += charSize;
    }
    this.parts.push(kept);
    this.full = true;
  }

  get value() {
    return this.parts.join("");
  }
}
