// Console API: one item with its revisions, attachments and review history (404 outside the user's agencies);
// edit the open draft (only its drafter, only while 草稿 or 已退回) — the console's use case.
import { requireApiUser } from "@/lib/api/authenticate";
import { itemForApi } from "@/lib/api/console-items";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { updateItemDraft } from "@/lib/items/update-item-draft";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id } = await context.params;
  return json(await itemForApi(user, id));
});

export const PUT = apiRoute(async (request: Request, context: Context) => {
  const actor = await requireApiUser(request);
  const { id: itemId } = await context.params;
  await updateItemDraft({ actor, itemId, input: await readJson(request) });
  return json(await itemForApi(actor, itemId));
});
