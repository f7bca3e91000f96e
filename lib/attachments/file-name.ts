// The name shown to citizens is the one the uploader chose (often Chinese, e.g. 关于2026年预算的说明.pdf),
// with what could do harm removed: folders (a name is never a path), control characters, bidirectional
// overrides (which make "evil‮fdp.exe" display as "evilexe.pdf"), and characters Windows refuses.
import { wholeGraphemesWithin } from "@/lib/text/characters";
import { KIND_EXTENSIONS, type AttachmentKind } from "./file-types";

export const MAX_FILE_NAME_BYTES = 255;
const FALLBACK_STEM = "attachment";

// C0/C1 controls and DEL; bidi embeddings, overrides and isolates; zero-width and BOM characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing these control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const WINDOWS_RESERVED = /[<>:"|?*]/g;

/** A safe version of the user's file name, at most 255 UTF-8 bytes, never empty. */
export function sanitizeFileName(name: string, fallbackExtension?: string): string {
  // Browsers on Windows may send a full path ("C:\fakepath\x.pdf"): keep the last segment.
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  let clean = base.replace(INVISIBLE, "").replace(WINDOWS_RESERVED, "_").trim();
  // Leading dots make hidden files (".htaccess") or parent references (".."); trailing dots and spaces
  // are dropped by Windows anyway.
  clean = clean.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  if (clean === "" || /^[._\s]*$/.test(clean))
    clean = fallbackExtension ? `${FALLBACK_STEM}.${fallbackExtension}` : FALLBACK_STEM;
  return truncateKeepingExtension(clean, MAX_FILE_NAME_BYTES);
}

/**
 * The name to offer when downloading: the stored name, plus the detected type's extension when the
 * name does not already end in one of that type's extensions (a PDF uploaded as "报告.docx" downloads
 * as "报告.docx.pdf", so it opens in the right program).
 */
export function downloadFileName(fileName: string, kind: AttachmentKind): string {
  const extensions = KIND_EXTENSIONS[kind];
  const current = extensionOf(fileName);
  if (current && extensions.includes(current)) return fileName;
  return truncateKeepingExtension(`${fileName}.${extensions[0]}`, MAX_FILE_NAME_BYTES);
}

/** The extension of a name, lower case, without the dot; "" when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : "";
}

const utf8Length = (text: string) => Buffer.byteLength(text, "utf8");

/** Shortens the part before the extension to fit `maxBytes` of UTF-8, never splitting a character. */
function truncateKeepingExtension(name: string, maxBytes: number): string {
  if (utf8Length(name) <= maxBytes) return name;
  const dot = name.lastIndexOf(".");
  // A very long "extension" is not one: cut the whole name then.
  const suffix = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : "";
  const stem = suffix ? name.slice(0, dot) : name;
  // Whole graphemes only: never half of a rare character (𬌗 is 4 bytes) nor a base without its accent or its
  // variation selector (𠮷 + U+E0100).
  const kept = wholeGraphemesWithin(stem, maxBytes - utf8Length(suffix), utf8Length, 1).text;
  return kept.trimEnd() + suffix;
}
