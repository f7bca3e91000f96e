// Console API: one request with its clock, if the token's user may read it (404 otherwise).
import { requireApiUser } from "@/lib/api/authenticate";
import { consoleRequestJson } from "@/lib/api/request-json";
import { apiRoute, json } from "@/lib/api/respond";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { notFound } from "@/lib/errors/app-error";
import { findRequestForUser } from "@/lib/requests/queries";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id } = await context.params;
  const found = await findRequestForUser(user, id);
  if (!found) throw notFound();
  return json(consoleRequestJson(found, await loadWorkingCalendar()));
});
