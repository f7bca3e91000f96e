import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { fromDbDate, toDbDate } from "./calendar-date";
import { ZCalendarOverride, type CalendarValidationKey } from "./schemas";
import { officialCalendar } from "./working-calendar";

/**
 * The platform administrator corrects one day of the calendar: a day off (HOLIDAY) or a 调休 working
 * day (WORKDAY), citing the notice that decided it. One override per date: setting it again replaces it.
 */
export async function setCalendarOverride(options: { actor: CurrentUser; input: unknown }) {
  const { actor } = options;
  requirePermission(actor, "calendar.manage", null);
  const input = parseInput(ZCalendarOverride, options.input);

  // Compared with the official calendar, not with the current override of the same date: an override
  // that says what the official calendar already says changes nothing and only hides a mistake.
  const officiallyWorking = officialCalendar.isWorkingDay(input.date);
  if (officiallyWorking === (input.kind === "WORKDAY")) {
    const key: CalendarValidationKey = officiallyWorking ? "alreadyWorking" : "alreadyOff";
    throw new AppError("VALIDATION", { fieldErrors: { date: [key] } });
  }

  return db.$transaction(async (tx) => {
    const date = toDbDate(input.date);
    const previous = await tx.calendarOverride.findUnique({ where: { date }, select: { kind: true, note: true } });
    const saved = await tx.calendarOverride.upsert({
      where: { date },
      create: { date, kind: input.kind, note: input.note, createdById: actor.id },
      update: { kind: input.kind, note: input.note, createdById: actor.id },
    });
    await recordAudit(tx, {
      type: "calendar.override_set",
      actor: { id: actor.id, label: actor.name },
      agencyId: null,
      entity: { type: "calendar", id: input.date },
      payload: { date: input.date, kind: input.kind, note: input.note, previous },
    });
    return { id: saved.id, date: fromDbDate(saved.date), kind: saved.kind, note: saved.note };
  });
}
