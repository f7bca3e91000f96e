// Console API: record a step of the statutory clock (补正, consultation, extension, withdrawal…), with the
// same rules and permissions as the console.
import { requireApiUser } from "@/lib/api/authenticate";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { recordClockEvent } from "@/lib/requests/record-clock-event";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id } = await context.params;
  const input = await readJson(request);
  const clock = await recordClockEvent({ actor: user, requestId: id, input });
  return json({ state: clock.state, dueOn: clock.dueDate, dueProvisional: clock.provisional }, { status: 201 });
});
