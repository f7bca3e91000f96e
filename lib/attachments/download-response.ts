// The HTTP response of an attachment download, for the portal and the console alike. The type comes
// from what was detected at upload; nosniff and `attachment` keep browsers from rendering it as a page.
import { ATTACHMENT_KINDS, type AttachmentKind } from "./file-types";
import { downloadFileName } from "./file-name";
import { readAttachmentBytes } from "./ingest-attachment";

function kindOf(contentType: string): AttachmentKind | null {
  const entry = Object.entries(ATTACHMENT_KINDS).find(([, v]) => v.contentType === contentType);
  return entry ? (entry[0] as AttachmentKind) : null;
}

export async function attachmentResponse(
  attachment: { fileName: string; contentType: string; storageKey: string; size: number },
  options: { cacheSeconds?: number } = {},
) {
  const bytes = await readAttachmentBytes(attachment.storageKey);
  const kind = kindOf(attachment.contentType);
  const name = kind ? downloadFileName(attachment.fileName, kind) : attachment.fileName;
  // Images and PDFs open in the browser's own viewer; office formats download.
  const inline = kind === "pdf" || kind === "png" || kind === "jpeg" || kind === "gif" || kind === "webp";
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(name)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": options.cacheSeconds ? `public, max-age=${options.cacheSeconds}` : "private, no-store",
    },
  });
}
