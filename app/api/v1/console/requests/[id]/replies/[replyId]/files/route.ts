// Console API: attach a released document to a 予以公开 / 部分公开 reply provided as files (multipart/form-data,
// field "file"), with the same use case and rules as the console's upload.
import { requireApiUser } from "@/lib/api/authenticate";
import { ApiError, apiRoute, json } from "@/lib/api/respond";
import { attachmentMaxBytes } from "@/lib/attachments/config";
import { AppError } from "@/lib/errors/app-error";
import { addReleasedFile } from "@/lib/requests/replies/released-files";

type Context = { params: Promise<{ id: string; replyId: string }> };

export const POST = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id, replyId } = await context.params;
  // The multipart envelope adds a little to the file itself.
  if (Number(request.headers.get("content-length") ?? 0) > attachmentMaxBytes() + 65_536)
    throw new ApiError("PAYLOAD_TOO_LARGE");
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0)
    throw new AppError("VALIDATION", { fieldErrors: { file: ["attachmentEmpty"] } });
  const stored = await addReleasedFile({
    actor: user,
    requestId: id,
    replyId,
    file: { bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name },
  });
  return json(
    {
      id: stored.id,
      fileName: stored.fileName,
      contentType: stored.contentType,
      size: stored.size,
      sha256: stored.sha256,
    },
    { status: 201 },
  );
});
