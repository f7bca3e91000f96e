// Console API: the four narrative sections (introduction, overview, problems, otherMatters; Markdown), all of them
// replaced at once while the report is a draft or was returned — the console's use case and audit.
import { requireApiUser } from "@/lib/api/authenticate";
import { reportForApi } from "@/lib/api/console-reports";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { updateReportNarrative } from "@/lib/reports/update-report-narrative";

type Context = { params: Promise<{ id: string }> };

export const PUT = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id: reportId } = await context.params;
  await updateReportNarrative({ user, reportId, input: await readJson(request) });
  return json(await reportForApi(user, reportId));
});
