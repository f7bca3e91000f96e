// Console API: 送达 — send an approved reply ({ "sentOn": "YYYY-MM-DD" }); the request ends with its outcome.
import { requireApiUser } from "@/lib/api/authenticate";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { sendReply } from "@/lib/requests/replies/send-reply";

type Context = { params: Promise<{ id: string; replyId: string }> };

export const POST = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id, replyId } = await context.params;
  const { clock, sentOn } = await sendReply({ actor: user, requestId: id, replyId, input: await readJson(request) });
  return json({ sentOn, state: clock.state, dueOn: clock.dueDate });
});
