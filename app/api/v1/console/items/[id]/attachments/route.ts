// Console API: the attachments of an item's revisions (GET), and a file added to the open draft (POST,
// multipart/form-data, field "file") with the console's checks: size, content sniffing, drafter only.
import { requireApiUser } from "@/lib/api/authenticate";
import { attachmentJson } from "@/lib/api/item-json";
import { ApiError, apiRoute, json } from "@/lib/api/respond";
import { attachmentMaxBytes } from "@/lib/attachments/config";
import { AppError, notFound } from "@/lib/errors/app-error";
import { addItemAttachment } from "@/lib/items/attachments";
import { findItemForUser } from "@/lib/items/queries";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id } = await context.params;
  const item = await findItemForUser(user, id);
  if (!item) throw notFound();
  return json({
    revisions: item.revisions.map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      attachments: r.attachments.map(attachmentJson),
    })),
  });
});

export const POST = apiRoute(async (request: Request, context: Context) => {
  const actor = await requireApiUser(request);
  const { id: itemId } = await context.params;
  // The multipart envelope adds a little to the file itself.
  if (Number(request.headers.get("content-length") ?? 0) > attachmentMaxBytes() + 65_536)
    throw new ApiError("PAYLOAD_TOO_LARGE");
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0)
    throw new AppError("VALIDATION", { fieldErrors: { file: ["attachmentEmpty"] } });
  const stored = await addItemAttachment({
    actor,
    itemId,
    file: { bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name },
  });
  return json(attachmentJson(stored), { status: 201 });
});
