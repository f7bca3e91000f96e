// 逾期未缴费: once the payment deadline has passed unpaid, the request ends under 其他处理 row 2
// (OTHER_UNPAID_FEE); the clock itself refuses a lapse on or before the deadline.
import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { toDbDate } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { appendClockEvent, auditingRefusal } from "../clock-store";
import { stepEmail } from "../emails";
import { findRequestForUser } from "../queries";
import { zCalendarDate } from "../replies/schemas";

export const ZFeeLapsed = z.object({ on: zCalendarDate });

export async function recordFeeLapsed(options: { actor: CurrentUser; requestId: string; input: unknown; now?: Date }) {
  const { actor } = options;
  const request = await findRequestForUser(actor, options.requestId);
  if (!request) throw notFound();
  requirePermission(actor, "request.handle", request.agencyId);
  const { on } = parseInput(ZFeeLapsed, options.input);
  const calendar = await loadWorkingCalendar();
  const attempt = {
    actor: { id: actor.id, label: actor.name },
    agencyId: request.agencyId,
    requestId: request.id,
    kind: "FEE_LAPSED" as const,
    on,
  };
  return auditingRefusal(attempt, () =>
    db.$transaction(async (tx) => {
      const clock = await appendClockEvent(
        tx,
        calendar,
        { requestId: request.id, kind: "FEE_LAPSED", on, actorId: actor.id, now: options.now },
        { outcome: "OTHER_UNPAID_FEE", concludedOn: on },
      );
      const { count } = await tx.feeNotice.updateMany({
        where: { requestId: request.id, paidOn: null, lapsedOn: null },
        data: { lapsedOn: toDbDate(on) },
      });
      if (count === 0) throw new AppError("CONFLICT", { message: "replies.noFeePending" });
      await recordAudit(tx, {
        type: "request.event_recorded",
        actor: { id: actor.id, label: actor.name },
        agencyId: request.agencyId,
        entity: { type: "request", id: request.id },
        payload: { kind: "FEE_LAPSED", on, dueOn: clock.dueDate },
      });
      if (request.email) {
        const body =
          "您未在缴费期限内缴纳信息处理费，本机关不再处理该政府信息公开申请（《政府信息公开信息处理费管理办法》，国办函〔2020〕109号）。";
        await enqueueEmail(tx, {
          ...stepEmail({
            agencyName: request.agency.name,
            trackingCode: request.trackingCode,
            subject: "申请终止告知",
            body,
          }),
          to: request.email,
          topic: `request:${request.id}`,
          agencyId: request.agencyId,
        });
      }
      return clock;
    }),
  );
}
