// 已缴费: the applicant paid; the clock runs again from the payment day (FEE_PAID).
import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { toDbDate } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { appendClockEvent, auditingRefusal } from "../clock-store";
import { findRequestForUser } from "../queries";
import { zCalendarDate } from "../replies/schemas";

export const ZFeePaid = z.object({ paidOn: zCalendarDate });

export async function recordFeePaid(options: { actor: CurrentUser; requestId: string; input: unknown; now?: Date }) {
  const { actor } = options;
  const request = await findRequestForUser(actor, options.requestId);
  if (!request) throw notFound();
  requirePermission(actor, "request.handle", request.agencyId);
  const { paidOn } = parseInput(ZFeePaid, options.input);
  const calendar = await loadWorkingCalendar();
  const attempt = {
    actor: { id: actor.id, label: actor.name },
    agencyId: request.agencyId,
    requestId: request.id,
    kind: "FEE_PAID" as const,
    on: paidOn,
  };
  return auditingRefusal(attempt, () =>
    db.$transaction(async (tx) => {
      const clock = await appendClockEvent(tx, calendar, {
        requestId: request.id,
        kind: "FEE_PAID",
        on: paidOn,
        actorId: actor.id,
        now: options.now,
        fields: { on: "paidOn" },
      });
      const { count } = await tx.feeNotice.updateMany({
        where: { requestId: request.id, paidOn: null, lapsedOn: null },
        data: { paidOn: toDbDate(paidOn) },
      });
      if (count === 0) throw new AppError("CONFLICT", { message: "replies.noFeePending" });
      await recordAudit(tx, {
        type: "request.fee_paid",
        actor: { id: actor.id, label: actor.name },
        agencyId: request.agencyId,
        entity: { type: "request", id: request.id },
        payload: { paidOn },
      });
      return clock;
    }),
  );
}
