// The console API's item steps (review chain, withdrawal, validity, 条例 art. 18 re-review) share one shape:
// the token's user, an optional JSON body, the use case the console calls, and the item as it is afterwards.
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireApiUser } from "./authenticate";
import { itemForApi } from "./console-items";
import { readOptionalJson } from "./read-optional-json";
import { apiRoute, json } from "./respond";

type Context = { params: Promise<{ id: string }> };
type Step = (options: { actor: CurrentUser; itemId: string; input: unknown }) => Promise<unknown>;

export function itemStepRoute(step: Step, options: { status?: number } = {}) {
  return apiRoute(async (request: Request, context: Context) => {
    const actor = await requireApiUser(request);
    const { id: itemId } = await context.params;
    await step({ actor, itemId, input: await readOptionalJson(request) });
    return json(await itemForApi(actor, itemId), { status: options.status ?? 200 });
  });
}
