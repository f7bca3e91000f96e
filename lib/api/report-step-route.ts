// The console API's report steps share one shape: the token's user, an optional JSON body, the use case the
// report workspace calls, and the working copy as it is afterwards.
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireApiUser } from "./authenticate";
import { reportForApi } from "./console-reports";
import { readOptionalJson } from "./read-optional-json";
import { apiRoute, json } from "./respond";

type Context = { params: Promise<{ id: string }> };
type Step = (options: { user: CurrentUser; reportId: string; input: unknown }) => Promise<unknown>;

export function reportStepRoute(step: Step) {
  return apiRoute(async (request: Request, context: Context) => {
    const user = await requireApiUser(request);
    const { id: reportId } = await context.params;
    await step({ user, reportId, input: await readOptionalJson(request) });
    return json(await reportForApi(user, reportId));
  });
}
