// Public API: the applicant's view of a request, by tracking code and the last four digits of the
// applicant's phone. A wrong code and wrong digits both answer 404.
import { apiRoute, json, preflight } from "@/lib/api/respond";
import { trackedRequestJson } from "@/lib/api/request-json";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { findRequestForTracking } from "@/lib/requests/queries";
import { ZTrackingLookup } from "@/lib/requests/schemas";

type Context = { params: Promise<{ trackingCode: string }> };

export const GET = apiRoute(
  async (request: Request, context: Context) => {
    const { trackingCode } = await context.params;
    const lookup = parseInput(ZTrackingLookup, {
      trackingCode,
      phoneLastFour: new URL(request.url).searchParams.get("phoneLastFour") ?? "",
    });
    const found = await findRequestForTracking(lookup.trackingCode, lookup.phoneLastFour);
    if (!found) throw notFound();
    return json(trackedRequestJson(found));
  },
  { cors: true },
);

export const OPTIONS = async () => preflight();
