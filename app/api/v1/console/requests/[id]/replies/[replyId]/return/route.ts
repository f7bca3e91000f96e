// Console API: a leader returns a reply to its drafter with a comment ({ "comment": "…" }).
import { requireApiUser } from "@/lib/api/authenticate";
import { replyJson } from "@/lib/api/reply-json";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { returnReply } from "@/lib/requests/replies/transition-reply";

type Context = { params: Promise<{ id: string; replyId: string }> };

export const POST = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id, replyId } = await context.params;
  return json(replyJson(await returnReply({ actor: user, requestId: id, replyId, input: await readJson(request) })));
});
