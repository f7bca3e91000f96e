// Console API: list the 主动公开 items the token's user may read (filters, keyset pages); create a draft with its
// full metadata and 公开属性 — the same use case, permission and audit as the console's 新建.
import { requireApiUser } from "@/lib/api/authenticate";
import { itemForApi, listItemsForApi } from "@/lib/api/console-items";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { createItemDraft } from "@/lib/items/create-item-draft";

export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return json(await listItemsForApi(user, Object.fromEntries(new URL(request.url).searchParams)));
});

export const POST = apiRoute(async (request: Request) => {
  const actor = await requireApiUser(request);
  const created = await createItemDraft({ actor, input: await readJson(request) });
  return json(await itemForApi(actor, created.id), { status: 201 });
});
