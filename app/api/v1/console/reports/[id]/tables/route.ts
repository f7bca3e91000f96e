// Console API: the report's tables computed live from the records, in the open-data shape of the public report
// API (same table, column and row keys), with what still blocks submission (missing figures, 勾稽关系 breaks).
import { requireApiUser } from "@/lib/api/authenticate";
import { reportTablesForApi } from "@/lib/api/console-reports";
import { apiRoute, json } from "@/lib/api/respond";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id } = await context.params;
  return json(await reportTablesForApi(user, id));
});
