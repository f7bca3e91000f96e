// Console API: the result of a 行政复议 / 行政诉讼 (维持 / 纠正 / 其他 with the day it concluded, or 尚未审结).
import { requireApiUser } from "@/lib/api/authenticate";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { appealJson } from "@/lib/requests/appeals/appeal-json";
import { findAppealForUser } from "@/lib/requests/appeals/queries";
import { updateAgencyAppealResult } from "@/lib/requests/appeals/update-appeal-result";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id } = await context.params;
  const updated = await updateAgencyAppealResult({ actor: user, appealId: id, input: await readJson(request) });
  const appeal = await findAppealForUser(user, updated.id);
  return json(appealJson(appeal ?? updated));
});
