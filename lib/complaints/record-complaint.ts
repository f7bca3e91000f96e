// Records a 行政申诉 or 举报 about the agency's disclosure work as it arrives. The older report format
// counts these (接受行政申诉、举报数) from the records, so the table is never typed in by hand.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday, compareDates, toDbDate } from "@/lib/calendar/calendar-date";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { isUuid } from "@/lib/forms/validation";
import { ZComplaint } from "./schemas";

export async function recordComplaint(options: { actor: CurrentUser; agencyId: string; input: unknown; now?: Date }) {
  const { actor, agencyId } = options;
  // Another agency looks like one that does not exist; a reader who may not record is refused.
  if (!isUuid(agencyId) || !can(actor, "complaint.read", agencyId)) throw notFound();
  requirePermission(actor, "complaint.record", agencyId);
  const input = parseInput(ZComplaint, options.input);
  if (compareDates(input.receivedOn, chinaToday(options.now)) > 0)
    throw new AppError("VALIDATION", { fieldErrors: { receivedOn: ["futureDate"] } });
  return db.$transaction(async (tx) => {
    if (!(await tx.agency.findFirst({ where: { id: agencyId, active: true }, select: { id: true } }))) throw notFound();
    const complaint = await tx.complaint.create({
      data: { agencyId, kind: input.kind, receivedOn: toDbDate(input.receivedOn), summary: input.summary },
    });
    await recordAudit(tx, {
      type: "complaint.recorded",
      actor: { id: actor.id, label: actor.name },
      agencyId,
      entity: { type: "complaint", id: complaint.id },
      payload: { kind: input.kind, receivedOn: input.receivedOn },
    });
    return complaint;
  });
}
