// One way in for every uploaded file (disclosure items, requests and their replies):
// check it, store it under its content address, extract its text. The caller then writes the
// Attachment row (fileName, contentType, size, sha256, storageKey, text, textStatus) in its own transaction.
import { AppError } from "@/lib/errors/app-error";
import { attachmentMaxBytes, attachmentMaxMb } from "./config";
import { detectAttachmentType } from "./detect-type";
import { extractAttachmentText, type TextStatus } from "./extract-text";
import { sanitizeFileName } from "./file-name";
import type { DetectedType } from "./file-types";
import { getAttachmentStorage, type AttachmentStorage } from "./storage";
import { storageKeyFor } from "./storage-keys";

/** Message keys (messages/*.json → validation.*) of the refusals, always on the field `file`. */
export type AttachmentRefusal = "attachmentEmpty" | "attachmentTooLarge" | "attachmentTypeRefused";

export type IngestedAttachment = {
  /** The user's file name, made safe (no folders, no control characters, ≤ 255 UTF-8 bytes). */
  fileName: string;
  /** Detected from the content. */
  contentType: DetectedType["contentType"];
  /** Normalised extension of the detected type, without the dot ("pdf", "docx", "jpg"…). */
  extension: DetectedType["extension"];
  size: number;
  sha256: string;
  storageKey: string;
  /** Text for search, ≤ 1 MiB; "" for images and for files whose text could not be read. */
  text: string;
  /** Whether the text could be read (stored on the attachment, shown in the console). */
  textStatus: TextStatus;
};

function refuse(reason: AttachmentRefusal, params: Record<string, string | number>): AppError {
  return new AppError("VALIDATION", { fieldErrors: { file: [reason] }, params });
}

/**
 * Checks an upload without storing it: not empty, within GONGKAI_ATTACHMENT_MAX_MB, and of an accepted
 * type by its content. Throws AppError VALIDATION with `fieldErrors.file = [<refusal key>]` and params
 * `{ fileName }` (plus `maxMb` for a file too large).
 */
export function validateAttachment(input: { bytes: Uint8Array; fileName: string }): {
  fileName: string;
  type: DetectedType;
} {
  const shownName = sanitizeFileName(input.fileName);
  if (input.bytes.byteLength === 0) throw refuse("attachmentEmpty", { fileName: shownName });
  if (input.bytes.byteLength > attachmentMaxBytes()) {
    throw refuse("attachmentTooLarge", { fileName: shownName, maxMb: attachmentMaxMb() });
  }
  const type = detectAttachmentType(input.bytes);
  if (!type) throw refuse("attachmentTypeRefused", { fileName: shownName });
  return { fileName: sanitizeFileName(input.fileName, type.extension), type };
}

/** Validates, stores (once per distinct content) and extracts the text of an uploaded file. */
export async function ingestAttachment(
  input: { bytes: Buffer; fileName: string },
  options: { storage?: AttachmentStorage } = {},
): Promise<IngestedAttachment> {
  const { fileName, type } = validateAttachment(input);
  const sha256 = storageKeyFor(input.bytes);
  const storageKey = sha256;
  await (options.storage ?? getAttachmentStorage()).put(storageKey, input.bytes, type.contentType);

  const { text, status: textStatus, error } = await extractAttachmentText(input.bytes, type.kind);
  if (error) {
    // Still a valid attachment, just not searchable; the console shows that, the log says why.
    console.warn(
      `attachments: text extraction ${textStatus.toLowerCase()} for ${sha256} (${type.contentType}): ${error}`,
    );
  }

  return {
    fileName,
    contentType: type.contentType,
    extension: type.extension,
    size: input.bytes.byteLength,
    sha256,
    storageKey,
    text,
    textStatus,
  };
}

/** The stored bytes of an attachment; throws AppError NOT_FOUND when they are missing. */
export function readAttachmentBytes(
  storageKey: string,
  options: { storage?: AttachmentStorage } = {},
): Promise<Buffer> {
  return (options.storage ?? getAttachmentStorage()).get(storageKey);
}
