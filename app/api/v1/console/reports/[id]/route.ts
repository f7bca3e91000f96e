// Console API: one annual report's working copy — status, narrative, entered 表二 figures, versions and the
// steps the token's user may take (404 outside the user's agencies).
import { requireApiUser } from "@/lib/api/authenticate";
import { reportForApi } from "@/lib/api/console-reports";
import { apiRoute, json } from "@/lib/api/respond";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id } = await context.params;
  return json(await reportForApi(user, id));
});
