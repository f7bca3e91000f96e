// Console API: the documents released with a 予以公开 / 部分公开 reply provided as files — list them (GET), or
// attach one (POST, multipart/form-data, part `file`) with the same use case and rules as the console's upload.
import { requireApiUser } from "@/lib/api/authenticate";
import { requestFileJson } from "@/lib/api/file-json";
import { readUploads } from "@/lib/api/multipart";
import { apiRoute, json } from "@/lib/api/respond";
import { AppError, notFound } from "@/lib/errors/app-error";
import { addReleasedFile } from "@/lib/requests/replies/released-files";
import { findReplyForUser } from "@/lib/requests/replies/queries";

type Context = { params: Promise<{ id: string; replyId: string }> };

export const GET = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id, replyId } = await context.params;
  const found = await findReplyForUser(user, id, replyId);
  if (!found) throw notFound();
  return json({ files: found.reply.files.map((file) => requestFileJson(found.request.id, file)) });
});

export const POST = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id, replyId } = await context.params;
  const files = await readUploads(request);
  // One document per upload, as in the console.
  if (files.length > 1) throw new AppError("VALIDATION", { fieldErrors: { file: ["oneFilePerUpload"] } });
  const stored = await addReleasedFile({ actor: user, requestId: id, replyId, file: files[0] });
  return json(requestFileJson(id, stored), { status: 201 });
});
