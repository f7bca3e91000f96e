// Records how a 行政申诉/举报 was handled: the day (not before it was received, not in the future) and the
// result. Recorded once: the update is conditional on no outcome yet, so two staff cannot both record one.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday, compareDates, fromDbDate, toDbDate } from "@/lib/calendar/calendar-date";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { findComplaintForUser } from "./queries";
import { ZComplaintOutcome } from "./schemas";

export async function recordComplaintOutcome(options: {
  actor: CurrentUser;
  complaintId: string;
  input: unknown;
  now?: Date;
}) {
  const { actor } = options;
  const complaint = await findComplaintForUser(actor, options.complaintId);
  if (!complaint) throw notFound();
  requirePermission(actor, "complaint.record", complaint.agencyId);
  const input = parseInput(ZComplaintOutcome, options.input);
  if (compareDates(input.handledOn, fromDbDate(complaint.receivedOn)) < 0)
    throw new AppError("VALIDATION", { fieldErrors: { handledOn: ["handledBeforeReceived"] } });
  if (compareDates(input.handledOn, chinaToday(options.now)) > 0)
    throw new AppError("VALIDATION", { fieldErrors: { handledOn: ["futureDate"] } });
  return db.$transaction(async (tx) => {
    const { count } = await tx.complaint.updateMany({
      where: { id: complaint.id, handledOn: null },
      data: { handledOn: toDbDate(input.handledOn), result: input.result },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "complaintAlreadyHandled" });
    await recordAudit(tx, {
      type: "complaint.outcome_recorded",
      actor: { id: actor.id, label: actor.name },
      agencyId: complaint.agencyId,
      entity: { type: "complaint", id: complaint.id },
      payload: { handledOn: input.handledOn },
    });
    return tx.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
  });
}
