// Console API: a leader (not the drafter) approves a reply (the same use case, rules and permissions as the console).
import { requireApiUser } from "@/lib/api/authenticate";
import { replyJson } from "@/lib/api/reply-json";
import { apiRoute, json } from "@/lib/api/respond";
import { approveReply } from "@/lib/requests/replies/transition-reply";

type Context = { params: Promise<{ id: string; replyId: string }> };

export const POST = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id, replyId } = await context.params;
  return json(replyJson(await approveReply({ actor: user, requestId: id, replyId })));
});
