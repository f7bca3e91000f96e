// Console API: the files of a request — the applicant's papers and the released documents — (GET), and the
// applicant's documents a 经办人 registers later (POST, multipart/form-data, one or more parts named `file`),
// with the same checks as the console's registration form: at most 5 at a time, the size limit, content sniffing.
import { requireApiUser } from "@/lib/api/authenticate";
import { requestFileJson } from "@/lib/api/file-json";
import { readUploads } from "@/lib/api/multipart";
import { apiRoute, json } from "@/lib/api/respond";
import { notFound } from "@/lib/errors/app-error";
import { findRequestForUser } from "@/lib/requests/queries";
import { addRequestDocuments } from "@/lib/requests/request-files";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id } = await context.params;
  const found = await findRequestForUser(user, id);
  if (!found) throw notFound();
  return json({ files: found.files.map((file) => requestFileJson(found.id, file)) });
});

export const POST = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id } = await context.params;
  const files = await readUploads(request);
  const added = await addRequestDocuments({ actor: user, requestId: id, files });
  return json({ files: added.map((file) => requestFileJson(id, file)) }, { status: 201 });
});
