// Console API: the 行政复议 / 行政诉讼 of an agency (GET, ?agencyId=…[&year=…]: those open in that year), and
// recording one that is not about a request (POST) — the same use cases and permissions as the console page.
// The agency is named by `agencyCode` or `agencyId`, in the query and the body alike.
import { withAgencyReference } from "@/lib/agencies/agency-reference";
import { requireApiUser } from "@/lib/api/authenticate";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { appealJson } from "@/lib/requests/appeals/appeal-json";
import { findAppealForUser, listAppeals } from "@/lib/requests/appeals/queries";
import { recordAgencyAppeal } from "@/lib/requests/appeals/record-agency-appeal";
import { ZAppealYear } from "@/lib/requests/appeals/schemas";

export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const params = (await withAgencyReference(Object.fromEntries(new URL(request.url).searchParams))) as Record<
    string,
    string | undefined
  >;
  const year = ZAppealYear.safeParse(params.year);
  const appeals = await listAppeals(user, {
    agencyId: params.agencyId ?? "",
    year: year.success ? year.data : undefined,
  });
  return json({ appeals: appeals.map(appealJson) });
});

export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const input = (await withAgencyReference(await readJson(request))) as Record<string, unknown> | null;
  const agencyId = typeof input?.agencyId === "string" ? input.agencyId : "";
  const created = await recordAgencyAppeal({ actor: user, agencyId, input });
  const appeal = await findAppealForUser(user, created.id);
  return json(appealJson(appeal ?? created), { status: 201 });
});
