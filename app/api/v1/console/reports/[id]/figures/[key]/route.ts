// Console API: enter one of 表二's figures ({ value, source }) while the report is a draft or was returned; only
// the keys the report's layout needs (GET the report: manualFigures) — the console's use case, checks and audit.
import { requireApiUser } from "@/lib/api/authenticate";
import { reportForApi } from "@/lib/api/console-reports";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { setManualFigure } from "@/lib/reports/set-manual-figure";

type Context = { params: Promise<{ id: string; key: string }> };

export const PUT = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id: reportId, key } = await context.params;
  const body = await readJson(request);
  const fields = typeof body === "object" && body !== null && !Array.isArray(body) ? body : {};
  // A JSON client sends numbers as numbers; the use case reads what a person typed (12.5, 1,200, ２０).
  const { value, source } = fields as Record<string, unknown>;
  const input = { key, value: typeof value === "number" ? String(value) : value, source };
  await setManualFigure({ user, reportId, input });
  return json(await reportForApi(user, reportId));
});
