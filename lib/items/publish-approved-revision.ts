// What a leader's approval does to the item (inside the approval's transaction):
// 主动公开 → published with its 索引号 (assigned at first publication) and the new revision live;
// anything else → recorded as withheld, never public, with its re-review date (条例 art. 18).
import type { Tx } from "@/lib/db";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { addMonths, chinaToday, toDbDate, yearOf } from "@/lib/calendar/calendar-date";
import { formatIndexNumber, takeNextSerial } from "./index-number";

type Approved = { id: string; number: number; disclosure: string; withholdGround: string | null };

export async function publishApprovedRevision(
  tx: Tx,
  itemId: string,
  revision: Approved,
  actor: AuditActor,
  now = new Date(),
) {
  const item = await tx.item.findUniqueOrThrow({ where: { id: itemId }, include: { agency: true } });
  const today = chinaToday(now);
  if (item.liveRevisionId) {
    await tx.itemRevision.update({ where: { id: item.liveRevisionId }, data: { status: "SUPERSEDED" } });
  }
  const audit = { actor, agencyId: item.agencyId, entity: { type: "item" as const, id: item.id } };

  if (revision.disclosure === "PROACTIVE") {
    let indexNumber = item.indexNumber;
    if (!indexNumber) {
      const year = yearOf(today);
      const serial = await takeNextSerial(tx, item.agencyId, year);
      indexNumber = formatIndexNumber(item.agency.indexNumberPattern, { agencyCode: item.agency.code, year, serial });
    }
    await tx.item.update({
      where: { id: item.id },
      data: {
        state: "PUBLISHED",
        liveRevisionId: revision.id,
        indexNumber,
        publishedOn: item.publishedOn ?? toDbDate(today),
        publishedAt: item.publishedAt ?? now,
        withdrawnAt: null,
        withdrawnReason: null,
        reviewDueOn: null,
      },
    });
    await recordAudit(tx, { ...audit, type: "item.published", payload: { revision: revision.number, indexNumber } });
    return { state: "PUBLISHED" as const, indexNumber };
  }

  const reviewDueOn = addMonths(today, item.agency.withheldReviewMonths);
  await tx.item.update({
    where: { id: item.id },
    data: { state: "WITHHELD", liveRevisionId: revision.id, reviewDueOn: toDbDate(reviewDueOn) },
  });
  await recordAudit(tx, {
    ...audit,
    type: "item.withheld",
    payload: {
      revision: revision.number,
      disclosure: revision.disclosure,
      ground: revision.withholdGround ?? "",
      reviewDueOn,
    },
  });
  return { state: "WITHHELD" as const, indexNumber: item.indexNumber };
}
