// 退回给我的: the work a reviewer or leader sent back to the acting user, whatever its kind — an item revision
// they drafted, a reply (答复书) they drafted, an annual report they submitted. One box on the dashboard counts
// them all and the list beside it says what came back and why, so a returned reply is never "0" on the home page.
// Scope lives in the query: only agencies where the user may still read the record (a user moved to another
// agency does not see the old agency's work).
import { db } from "@/lib/db";
import { agencyWhere, canAnywhere, type Principal } from "@/lib/auth/permissions";
import { itemScopeWhere } from "@/lib/items/queries";
import { requestScopeWhere } from "@/lib/requests/queries";

export type ReturnedKind = "item" | "reply" | "report";

export type ReturnedWork = {
  kind: ReturnedKind;
  /** The record's own id (item, request or report), for React keys and tests. */
  id: string;
  /** What to call it: the item's title, the request's 查询码, or the report's agency and year. */
  title: string;
  agencyShortName: string;
  year?: number;
  /** The reviewer's or leader's 退回意见 (empty when none was given). */
  comment: string;
  returnedAt: Date;
  href: string;
};

/** Whether the user holds a role whose work can be returned (drafter of items, handler of requests, report editor). */
export function canHaveReturnedWork(user: Principal): boolean {
  return canAnywhere(user, "item.draft") || canAnywhere(user, "request.handle") || canAnywhere(user, "report.edit");
}

/** Everything returned to the user and not yet resubmitted, newest first. */
export async function listReturnedToMe(user: Principal, take = 50): Promise<ReturnedWork[]> {
  const [revisions, replies, reports] = await Promise.all([
    db.itemRevision.findMany({
      where: { drafterId: user.id, status: "RETURNED", item: itemScopeWhere(user) },
      orderBy: { updatedAt: "desc" },
      take,
      select: {
        itemId: true,
        title: true,
        returnComment: true,
        returnedAt: true,
        updatedAt: true,
        item: { select: { agency: { select: { shortName: true } } } },
      },
    }),
    db.requestReply.findMany({
      where: { drafterId: user.id, status: "RETURNED", request: requestScopeWhere(user) },
      orderBy: { updatedAt: "desc" },
      take,
      select: {
        requestId: true,
        returnComment: true,
        updatedAt: true,
        request: { select: { trackingCode: true, agency: { select: { shortName: true } } } },
      },
    }),
    db.annualReport.findMany({
      where: { submittedById: user.id, status: "RETURNED", ...agencyWhere(user, "report.read") },
      orderBy: { updatedAt: "desc" },
      take,
      select: { id: true, year: true, returnComment: true, updatedAt: true, agency: { select: { shortName: true } } },
    }),
  ]);
  const work: ReturnedWork[] = [
    ...revisions.map((r) => ({
      kind: "item" as const,
      id: r.itemId,
      title: r.title,
      agencyShortName: r.item.agency.shortName,
      comment: r.returnComment ?? "",
      returnedAt: r.returnedAt ?? r.updatedAt,
      href: `/console/items/${r.itemId}`,
    })),
    ...replies.map((r) => ({
      kind: "reply" as const,
      id: r.requestId,
      title: r.request.trackingCode,
      agencyShortName: r.request.agency.shortName,
      comment: r.returnComment ?? "",
      returnedAt: r.updatedAt,
      href: `/console/requests/${r.requestId}/reply`,
    })),
    ...reports.map((r) => ({
      kind: "report" as const,
      id: r.id,
      title: r.agency.shortName,
      agencyShortName: r.agency.shortName,
      year: r.year,
      comment: r.returnComment,
      returnedAt: r.updatedAt,
      href: `/console/reports/${r.id}`,
    })),
  ];
  return work.sort((a, b) => b.returnedAt.getTime() - a.returnedAt.getTime()).slice(0, take);
}

/** How many records wait in 退回给我的 (the same filters as the list, without its cut-off). */
export async function countReturnedToMe(user: Principal): Promise<number> {
  const counts = await Promise.all([
    db.itemRevision.count({ where: { drafterId: user.id, status: "RETURNED", item: itemScopeWhere(user) } }),
    db.requestReply.count({ where: { drafterId: user.id, status: "RETURNED", request: requestScopeWhere(user) } }),
    db.annualReport.count({
      where: { submittedById: user.id, status: "RETURNED", ...agencyWhere(user, "report.read") },
    }),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}
