// Public API: submit an information request (网络申请), as on the portal's form. The agency is named by its
// `agencyCode` (as GET /api/v1/agencies lists it) or its `agencyId`.
import { apiRoute, json, preflight, readJson } from "@/lib/api/respond";
import { withAgencyReference } from "@/lib/agencies/agency-reference";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { submitOnlineRequest } from "@/lib/requests/submit-online-request";

export const POST = apiRoute(
  async (request: Request) => {
    const input = await withAgencyReference(await readJson(request), { activeOnly: true });
    const created = await submitOnlineRequest({ input, clientIp: clientIpFromHeaders(request.headers) });
    return json(
      {
        trackingCode: created.trackingCode,
        receivedOn: fromDbDate(created.receivedOn),
        dueOn: created.dueOn,
        dueProvisional: created.dueProvisional,
      },
      { status: 201 },
    );
  },
  { cors: true },
);

export const OPTIONS = async () => preflight();
