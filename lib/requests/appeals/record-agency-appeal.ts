// 行政复议 / 行政诉讼 against the agency that is not about a request (条例 art. 51): a failure to publish
// proactively, a 更正 request (art. 41), or something else. Recorded by the agency's staff; it counts in 表四
// (and the older format's 行政复议数/行政诉讼数) exactly like a case about a request.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday, compareDates, toDbDate } from "@/lib/calendar/calendar-date";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { isUuid } from "@/lib/forms/validation";
import { ZAgencyAppeal } from "./schemas";

export async function recordAgencyAppeal(options: {
  actor: CurrentUser;
  agencyId: string;
  input: unknown;
  now?: Date;
}) {
  const { actor, agencyId } = options;
  // Another agency looks like one that does not exist; a reader who may not record is refused.
  if (!isUuid(agencyId) || !can(actor, "request.read", agencyId)) throw notFound();
  requirePermission(actor, "request.handle", agencyId);
  const input = parseInput(ZAgencyAppeal, options.input);
  if (compareDates(input.filedOn, chinaToday(options.now)) > 0)
    throw new AppError("VALIDATION", { fieldErrors: { filedOn: ["futureDate"] } });
  return db.$transaction(async (tx) => {
    if (!(await tx.agency.findFirst({ where: { id: agencyId, active: true }, select: { id: true } }))) throw notFound();
    const appeal = await tx.appeal.create({
      data: {
        agencyId,
        subject: input.subject,
        summary: input.summary,
        kind: input.kind,
        filedOn: toDbDate(input.filedOn),
        body: input.body ?? "",
        note: input.note ?? "",
      },
    });
    await recordAudit(tx, {
      type: "appeal.recorded",
      actor: { id: actor.id, label: actor.name },
      agencyId,
      entity: { type: "appeal", id: appeal.id },
      payload: { subject: input.subject, kind: input.kind, filedOn: input.filedOn },
    });
    return appeal;
  });
}
