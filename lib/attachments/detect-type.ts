// Decides what a file is from its bytes alone; the name the user gave it plays no part. A PDF renamed
// report.docx is a PDF; an HTML page or an executable renamed report.pdf is refused.
import { unzipSync } from "fflate";
import { detectedType, type DetectedType } from "./file-types";
import { hasOle2Signature, readOle2RootEntries } from "./ole2";

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

const PDF = ascii("%PDF-");
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = ascii("GIF87a");
const GIF89 = ascii("GIF89a");
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");
const WEBP_CHUNKS = [ascii("VP8 "), ascii("VP8L"), ascii("VP8X")];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

/** The accepted type of `bytes`, or null when the content is not one of the accepted kinds. */
export function detectAttachmentType(bytes: Uint8Array): DetectedType | null {
  if (bytes.length === 0) return null;
  // PDF readers tolerate a header later in the first KiB; we do not, so a page that only mentions
  // "%PDF-" somewhere is not taken for a PDF.
  if (startsWith(bytes, PDF)) return detectedType("pdf");
  if (startsWith(bytes, PNG)) return detectedType("png");
  if (startsWith(bytes, JPEG)) return detectedType("jpeg");
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return detectedType("gif");
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8) && WEBP_CHUNKS.some((c) => startsWith(bytes, c, 12))) {
    return detectedType("webp");
  }
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return detectZipBased(bytes);
  if (hasOle2Signature(bytes)) return detectOle2(bytes);
  return null;
}

/** docx, xlsx and OFD are ZIP packages; which one is told by the parts inside, read from the central directory. */
function detectZipBased(bytes: Uint8Array): DetectedType | null {
  const names = listZipEntries(bytes);
  if (!names) return null;
  // Part names in OPC packages (docx, xlsx) compare case-insensitively.
  const has = (name: string) => names.has(name.toLowerCase());
  if (has("OFD.xml")) return detectedType("ofd");
  if (has("[Content_Types].xml") && has("word/document.xml")) return detectedType("docx");
  if (has("[Content_Types].xml") && has("xl/workbook.xml")) return detectedType("xlsx");
  return null;
}

/** Lower-cased entry names, without decompressing anything (so a zip bomb costs nothing), or null if unreadable. */
function listZipEntries(bytes: Uint8Array): Set<string> | null {
  const names = new Set<string>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.add(file.name.replace(/^\/+/, "").toLowerCase());
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

function detectOle2(bytes: Uint8Array): DetectedType | null {
  const entries = readOle2RootEntries(bytes);
  if (!entries) return null;
  const streams = new Set(entries.filter((e) => e.type === "stream").map((e) => e.name));
  if (streams.has("WordDocument")) return detectedType("doc");
  if (streams.has("Workbook") || streams.has("Book")) return detectedType("xls");
  return null; // PowerPoint, Outlook messages, .msi installers, encrypted OOXML…
}
