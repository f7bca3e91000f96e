// Console API: list the requests the token's user may read; register a request received on paper. The agency
// is named by `agencyCode` or `agencyId`, in the query and the body alike.
import { withAgencyReference } from "@/lib/agencies/agency-reference";
import { requireApiUser } from "@/lib/api/authenticate";
import { listRequestsForApi } from "@/lib/api/console-requests";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { registerRequest } from "@/lib/requests/register-request";

export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const query = await withAgencyReference(Object.fromEntries(new URL(request.url).searchParams));
  return json(await listRequestsForApi(user, query));
});

export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const created = await registerRequest({ actor: user, input: await withAgencyReference(await readJson(request)) });
  return json(
    {
      id: created.id,
      trackingCode: created.trackingCode,
      receivedOn: fromDbDate(created.receivedOn),
      dueOn: created.dueOn,
      dueProvisional: created.dueProvisional,
    },
    { status: 201 },
  );
});
