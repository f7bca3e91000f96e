// Console API: the drafter changes a draft or returned reply — outcome, ground, how a release is provided,
// the 36 (五) agency, the letter, or { "regenerate": "1" } — with the same use case and rules as the console.
import { requireApiUser } from "@/lib/api/authenticate";
import { replyJson } from "@/lib/api/reply-json";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { updateReply } from "@/lib/requests/replies/update-reply";

type Context = { params: Promise<{ id: string; replyId: string }> };

export const PUT = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id, replyId } = await context.params;
  return json(replyJson(await updateReply({ actor: user, requestId: id, replyId, input: await readJson(request) })));
});
