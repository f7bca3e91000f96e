// Uploads to the staff API arrive as multipart/form-data, one or more parts named `file`. The size is
// checked before the body is read (the envelope adds a little to the files); everything else — count,
// total size, emptiness, type by content — is the use case's check, the same as the console's.
import { attachmentMaxBytes } from "@/lib/attachments/config";
import { AppError } from "@/lib/errors/app-error";
import type { UploadedFile } from "@/lib/requests/request-files";
import { ApiError } from "./respond";

/** Room for the multipart boundaries and part headers beyond the files themselves. */
const ENVELOPE_BYTES = 65_536;

/** The uploaded files of field `file` (empty parts left out); VALIDATION when the body is not a form with one. */
export async function readUploads(request: Request, options: { maxBytes?: number } = {}): Promise<UploadedFile[]> {
  const maxBytes = options.maxBytes ?? attachmentMaxBytes();
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes + ENVELOPE_BYTES)
    throw new ApiError("PAYLOAD_TOO_LARGE");
  const isForm = (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
  const form = isForm ? await request.formData().catch(() => null) : null;
  if (!form) throw new AppError("VALIDATION", { fieldErrors: { file: ["multipartFileRequired"] } });
  const parts = form.getAll("file").filter((part): part is File => part instanceof File);
  if (parts.length === 0 || parts.every((part) => part.size === 0))
    throw new AppError("VALIDATION", { fieldErrors: { file: ["attachmentEmpty"] } });
  const files: UploadedFile[] = [];
  for (const part of parts) files.push({ bytes: Buffer.from(await part.arrayBuffer()), fileName: part.name });
  return files;
}
