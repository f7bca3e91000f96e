import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { toDbDate } from "./calendar-date";
import { ZCalendarOverrideRemoval } from "./schemas";

/** The platform administrator removes the correction of one day: the official calendar applies again. */
export async function removeCalendarOverride(options: { actor: CurrentUser; input: unknown }) {
  const { actor } = options;
  requirePermission(actor, "calendar.manage", null);
  const { date } = parseInput(ZCalendarOverrideRemoval, options.input);
  await db.$transaction(async (tx) => {
    const existing = await tx.calendarOverride.findUnique({
      where: { date: toDbDate(date) },
      select: { id: true, kind: true, note: true },
    });
    if (!existing) throw new AppError("NOT_FOUND");
    // Delete the row that was read: if someone else replaced or removed it meanwhile, count is 0.
    const { count } = await tx.calendarOverride.deleteMany({ where: { id: existing.id } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      type: "calendar.override_removed",
      actor: { id: actor.id, label: actor.name },
      agencyId: null,
      entity: { type: "calendar", id: date },
      payload: { date, kind: existing.kind, note: existing.note },
    });
  });
}
