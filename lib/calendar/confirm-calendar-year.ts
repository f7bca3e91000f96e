import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { FIRST_OFFICIAL_YEAR, LAST_OFFICIAL_YEAR } from "./official-calendar";
import { ZCalendarYearConfirmation, type CalendarValidationKey } from "./schemas";

/**
 * The platform administrator states that a year's official arrangement (published by the State Council
 * around November) has been entered as overrides: deadlines in that year stop being provisional.
 */
export async function confirmCalendarYear(options: { actor: CurrentUser; input: unknown }) {
  const { actor } = options;
  requirePermission(actor, "calendar.manage", null);
  const input = parseInput(ZCalendarYearConfirmation, options.input);
  if (input.year <= LAST_OFFICIAL_YEAR) {
    const key: CalendarValidationKey = input.year >= FIRST_OFFICIAL_YEAR ? "yearAlreadyOfficial" : "yearTooEarly";
    throw new AppError("VALIDATION", { fieldErrors: { year: [key] } });
  }
  return db.$transaction(async (tx) => {
    // createMany skips an existing row instead of failing the transaction on the unique key.
    const { count } = await tx.calendarYear.createMany({
      data: [{ year: input.year, note: input.note }],
      skipDuplicates: true,
    });
    if (count === 0) {
      const key: CalendarValidationKey = "yearAlreadyConfirmed";
      throw new AppError("CONFLICT", { fieldErrors: { year: [key] } });
    }
    await recordAudit(tx, {
      type: "calendar.year_confirmed",
      actor: { id: actor.id, label: actor.name },
      agencyId: null,
      entity: { type: "calendar", id: String(input.year) },
      payload: { year: input.year, note: input.note },
    });
    return { year: input.year, note: input.note };
  });
}
