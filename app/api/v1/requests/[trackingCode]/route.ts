// Public API: the applicant's view of a request, by tracking code and the last four digits of the
// applicant's phone. A wrong code and wrong digits both answer 404; wrong guesses share the tracking page's
// throttle (lib/requests/tracking-throttle.ts): 429 with the minutes to wait.
import { apiRoute, json, preflight } from "@/lib/api/respond";
import { trackedRequestJson } from "@/lib/api/request-json";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { lookUpTrackedRequest } from "@/lib/requests/tracking-session";

type Context = { params: Promise<{ trackingCode: string }> };

export const GET = apiRoute(
  async (request: Request, context: Context) => {
    const { trackingCode } = await context.params;
    const { request: found } = await lookUpTrackedRequest({
      input: { trackingCode, phoneLastFour: new URL(request.url).searchParams.get("phoneLastFour") ?? "" },
      clientIp: clientIpFromHeaders(request.headers),
    });
    return json(trackedRequestJson(found));
  },
  { cors: true },
);

export const OPTIONS = async () => preflight();
