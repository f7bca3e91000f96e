import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { addMonths, chinaToday, toDbDate } from "@/lib/calendar/calendar-date";
import { findItemForUser } from "./queries";
import { ZOptionalComment } from "./schemas";

/**
 * 条例 art. 18 re-review: a leader confirms a withheld item stays withheld; the next review falls one
 * period (the agency's setting) from today. To publish it instead, staff start a revision for publication.
 */
export async function keepWithheld(options: { actor: CurrentUser; itemId: string; input?: unknown; now?: Date }) {
  const { actor, itemId } = options;
  const item = await findItemForUser(actor, itemId);
  if (!item) throw notFound();
  requirePermission(actor, "item.approve", item.agencyId);
  const { comment } = parseInput(ZOptionalComment, options.input ?? {});
  const agency = await db.agency.findUniqueOrThrow({
    where: { id: item.agencyId },
    select: { withheldReviewMonths: true },
  });
  const reviewDueOn = addMonths(chinaToday(options.now), agency.withheldReviewMonths);
  await db.$transaction(async (tx) => {
    const { count } = await tx.item.updateMany({
      where: { id: item.id, state: "WITHHELD" },
      data: { reviewDueOn: toDbDate(reviewDueOn) },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "itemStateChanged" });
    await recordAudit(tx, {
      type: "item.withheld_kept",
      actor: { id: actor.id, label: actor.name },
      agencyId: item.agencyId,
      entity: { type: "item", id: item.id },
      payload: { reviewDueOn, ...(comment ? { comment } : {}) },
    });
  });
  return { reviewDueOn };
}
