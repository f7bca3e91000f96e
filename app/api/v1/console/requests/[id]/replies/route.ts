// Console API: draft the reply of a request (the same use case, rules and permissions as the console).
import { requireApiUser } from "@/lib/api/authenticate";
import { replyJson } from "@/lib/api/reply-json";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { draftReply } from "@/lib/requests/replies/draft-reply";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id } = await context.params;
  const reply = await draftReply({ actor: user, requestId: id, input: await readJson(request) });
  return json(replyJson(reply), { status: 201 });
});
