// 行政复议 / 行政诉讼 about a request, recorded by staff for table 四 of the annual report.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday, compareDates, toDbDate } from "@/lib/calendar/calendar-date";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { findRequestForUser } from "../queries";
import { ZAppeal } from "./schemas";

export async function recordAppeal(options: { actor: CurrentUser; requestId: string; input: unknown; now?: Date }) {
  const { actor } = options;
  const request = await findRequestForUser(actor, options.requestId);
  if (!request) throw notFound();
  requirePermission(actor, "request.handle", request.agencyId);
  const input = parseInput(ZAppeal, options.input);
  if (compareDates(input.filedOn, chinaToday(options.now)) > 0)
    throw new AppError("VALIDATION", { fieldErrors: { filedOn: ["futureDate"] } });
  return db.$transaction(async (tx) => {
    const appeal = await tx.appeal.create({
      data: {
        agencyId: request.agencyId,
        subject: "REQUEST_REPLY",
        requestId: request.id,
        kind: input.kind,
        filedOn: toDbDate(input.filedOn),
        body: input.body,
        note: input.note ?? "",
      },
    });
    await recordAudit(tx, {
      type: "request.appeal_recorded",
      actor: { id: actor.id, label: actor.name },
      agencyId: request.agencyId,
      entity: { type: "request", id: request.id },
      payload: { kind: input.kind, filedOn: input.filedOn },
    });
    return appeal;
  });
}
