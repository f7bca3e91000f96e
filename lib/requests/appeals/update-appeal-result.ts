// The result of an appeal: 结果维持 / 结果纠正 / 其他结果 with the day it concluded, or back to 尚未审结.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday, compareDates, fromDbDate, toDbDate } from "@/lib/calendar/calendar-date";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { isUuid } from "@/lib/agencies/queries";
import { findRequestForUser } from "../queries";
import { ZAppealResult } from "./schemas";

export async function updateAppealResult(options: {
  actor: CurrentUser;
  requestId: string;
  appealId: string;
  input: unknown;
  now?: Date;
}) {
  const { actor } = options;
  const request = await findRequestForUser(actor, options.requestId);
  const appeal = isUuid(options.appealId) ? request?.appeals.find((a) => a.id === options.appealId) : undefined;
  if (!request || !appeal) throw notFound();
  requirePermission(actor, "request.handle", request.agencyId);
  const input = parseInput(ZAppealResult, options.input);
  if (input.concludedOn && compareDates(input.concludedOn, fromDbDate(appeal.filedOn)) < 0)
    throw new AppError("VALIDATION", { fieldErrors: { concludedOn: ["invalid"] } });
  if (input.concludedOn && compareDates(input.concludedOn, chinaToday(options.now)) > 0)
    throw new AppError("VALIDATION", { fieldErrors: { concludedOn: ["futureDate"] } });
  return db.$transaction(async (tx) => {
    const updated = await tx.appeal.update({
      where: { id: appeal.id },
      data: {
        result: input.result,
        concludedOn: input.concludedOn ? toDbDate(input.concludedOn) : null,
        ...(input.note !== undefined ? { note: input.note } : {}),
      },
    });
    await recordAudit(tx, {
      type: "request.appeal_updated",
      actor: { id: actor.id, label: actor.name },
      agencyId: request.agencyId,
      entity: { type: "request", id: request.id },
      payload: { result: input.result },
    });
    return updated;
  });
}
