// The kinds of file an attachment may be. Anything else is refused: a public portal serves these files
// to citizens, so HTML, SVG, scripts and executables must never get in under another name.

export const ATTACHMENT_KINDS = {
  pdf: { contentType: "application/pdf", extension: "pdf" },
  doc: { contentType: "application/msword", extension: "doc" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  xls: { contentType: "application/vnd.ms-excel", extension: "xls" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  // OFD 版式文档 (GB/T 33190-2016), the Chinese fixed-layout format used for official documents.
  ofd: { contentType: "application/ofd", extension: "ofd" },
  png: { contentType: "image/png", extension: "png" },
  jpeg: { contentType: "image/jpeg", extension: "jpg" },
  gif: { contentType: "image/gif", extension: "gif" },
  webp: { contentType: "image/webp", extension: "webp" },
} as const satisfies Record<string, { contentType: string; extension: string }>;

export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;

export type DetectedType = {
  kind: AttachmentKind;
  /** MIME type detected from the content, never from the name. */
  contentType: (typeof ATTACHMENT_KINDS)[AttachmentKind]["contentType"];
  /** Normalised extension without the dot, lower case (`jpg` for JPEG). */
  extension: (typeof ATTACHMENT_KINDS)[AttachmentKind]["extension"];
};

export function detectedType(kind: AttachmentKind): DetectedType {
  return { kind, ...ATTACHMENT_KINDS[kind] };
}

/** Extensions a user's file name may carry for each kind (to decide whether a download name needs fixing). */
export const KIND_EXTENSIONS: Record<AttachmentKind, readonly string[]> = {
  pdf: ["pdf"],
  doc: ["doc"],
  docx: ["docx"],
  xls: ["xls"],
  xlsx: ["xlsx"],
  ofd: ["ofd"],
  png: ["png"],
  jpeg: ["jpg", "jpeg", "jpe", "jfif"],
  gif: ["gif"],
  webp: ["webp"],
};
