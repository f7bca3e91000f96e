// Console API: the annual reports the token's user may read; open (get or create) the working copy of an
// agency's report for a year and scope ({ agencyId, year, scope }) — the console's use case and rules.
import { requireApiUser } from "@/lib/api/authenticate";
import { listReportsForApi, reportForApi, ZOpenReportBody } from "@/lib/api/console-reports";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { parseInput } from "@/lib/forms/validation";
import { openReport } from "@/lib/reports/open-report";

export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return json(await listReportsForApi(user));
});

export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const input = parseInput(ZOpenReportBody, await readJson(request));
  const report = await openReport({ user, agencyId: input.agencyId, year: input.year, scope: input.scope ?? "OWN" });
  return json(await reportForApi(user, report.id));
});
