// Read models of requests for the console (scoped by agency in the query) and for the applicant's
// tracking page (a public projection without internal notes or staff names).
import { db } from "@/lib/db";
import { agencyScope, type Principal } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/forms/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeTrackingCode, phoneLastFour } from "./tracking-code";

export function requestScopeWhere(user: Principal): Prisma.InfoRequestWhereInput {
  const scope = agencyScope(user, "request.read");
  return scope === "all" ? {} : { agencyId: { in: scope } };
}

/** A request with everything the console shows, or null when it does not exist or is out of scope. */
export async function findRequestForUser(user: Principal, requestId: string) {
  if (!isUuid(requestId)) return null;
  return db.infoRequest.findFirst({
    where: { id: requestId, ...requestScopeWhere(user) },
    include: {
      agency: { select: { id: true, name: true, shortName: true, code: true } },
      assignee: { select: { id: true, name: true } },
      events: { orderBy: [{ on: "asc" }, { createdAt: "asc" }], include: { actor: { select: { name: true } } } },
      notes: { orderBy: { createdAt: "desc" }, include: { author: { select: { name: true } } } },
      files: { orderBy: { createdAt: "asc" } },
      replies: {
        orderBy: { createdAt: "desc" },
        include: { drafter: { select: { id: true, name: true } }, files: true },
      },
      fees: { orderBy: { createdAt: "desc" } },
      appeals: { orderBy: { filedOn: "desc" } },
    },
  });
}
export type RequestForUser = NonNullable<Awaited<ReturnType<typeof findRequestForUser>>>;

/**
 * The applicant's view, found by tracking code AND the last four digits of their phone (a code alone is
 * not enough, so a leaked code does not expose the request). Same answer for "no such code" and "wrong digits".
 */
export async function findRequestForTracking(trackingCode: string, lastFour: string) {
  const code = normalizeTrackingCode(trackingCode);
  if (!code || !/^\d{4}$/.test(lastFour)) return null;
  const request = await db.infoRequest.findUnique({
    where: { trackingCode: code },
    select: {
      id: true,
      trackingCode: true,
      phone: true,
      state: true,
      receivedOn: true,
      dueOn: true,
      dueProvisional: true,
      outcome: true,
      concludedOn: true,
      channel: true,
      description: true,
      submittedAt: true,
      agency: { select: { name: true, phone: true, address: true } },
      events: {
        where: { public: true },
        orderBy: [{ on: "asc" }, { createdAt: "asc" }],
        select: { kind: true, on: true, data: true },
      },
      replies: {
        where: { status: "SENT" },
        select: {
          id: true,
          outcome: true,
          letterHtml: true,
          letterNumber: true,
          sentOn: true,
          files: {
            where: { kind: { in: ["RELEASED", "REPLY_LETTER"] } },
            select: { id: true, fileName: true, kind: true, size: true },
          },
        },
      },
      fees: { select: { amountYuan: true, paymentDeadline: true, paidOn: true, method: true } },
    },
  });
  if (!request || phoneLastFour(request.phone) !== lastFour) return null;
  const { phone: _phone, ...visible } = request;
  return visible;
}
