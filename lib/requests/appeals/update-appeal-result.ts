// The result of an appeal: 结果维持 / 结果纠正 / 其他结果 with the day it concluded, or back to 尚未审结. From the
// request's page (an appeal about a request) or from the agency's list of appeals (any appeal, with or without
// a request): both apply the same rules.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday, compareDates, fromDbDate, toDbDate } from "@/lib/calendar/calendar-date";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { isUuid } from "@/lib/forms/validation";
import { findRequestForUser } from "../queries";
import { findAppealForUser } from "./queries";
import { ZAppealResult } from "./schemas";

type AppealRow = { id: string; agencyId: string; requestId: string | null; filedOn: Date };

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
  return applyResult(actor, appeal, options.input, options.now);
}

/** The same, for any appeal of the user's agencies by its id (the console's 行政复议、行政诉讼 page). */
export async function updateAgencyAppealResult(options: {
  actor: CurrentUser;
  appealId: string;
  input: unknown;
  now?: Date;
}) {
  const appeal = await findAppealForUser(options.actor, options.appealId);
  if (!appeal) throw notFound();
  return applyResult(options.actor, appeal, options.input, options.now);
}

async function applyResult(actor: CurrentUser, appeal: AppealRow, raw: unknown, now?: Date) {
  requirePermission(actor, "request.handle", appeal.agencyId);
  const input = parseInput(ZAppealResult, raw);
  if (input.concludedOn && compareDates(input.concludedOn, fromDbDate(appeal.filedOn)) < 0)
    throw new AppError("VALIDATION", { fieldErrors: { concludedOn: ["concludedBeforeFiled"] } });
  if (input.concludedOn && compareDates(input.concludedOn, chinaToday(now)) > 0)
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
    const actorRef = { id: actor.id, label: actor.name };
    if (appeal.requestId)
      await recordAudit(tx, {
        type: "request.appeal_updated",
        actor: actorRef,
        agencyId: appeal.agencyId,
        entity: { type: "request", id: appeal.requestId },
        payload: { result: input.result },
      });
    else
      await recordAudit(tx, {
        type: "appeal.updated",
        actor: actorRef,
        agencyId: appeal.agencyId,
        entity: { type: "appeal", id: appeal.id },
        payload: { result: input.result, concludedOn: input.concludedOn },
      });
    return updated;
  });
}
