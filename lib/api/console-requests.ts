// The console API's list of requests: the user's agency scope in the query (requestScopeWhere), filters
// by state and agency, newest first, paged with an opaque cursor (the last id: ids are time-ordered UUIDv7).
import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canAnywhere } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { RequestState } from "@/lib/generated/prisma/enums";
import { requestScopeWhere } from "@/lib/requests/queries";
import { requestListItemJson } from "./request-json";

export const ZRequestListQuery = z.object({
  state: z.enum(Object.values(RequestState), "invalid").optional(),
  agencyId: z.uuid("uuid").optional(),
  cursor: z.uuid("uuid").optional(),
  limit: z.coerce.number().int("invalid").min(1, "invalid").max(100, "invalid").default(50),
});

export async function listRequestsForApi(user: CurrentUser, query: unknown) {
  if (!canAnywhere(user, "request.read")) throw new AppError("FORBIDDEN");
  const q = parseInput(ZRequestListQuery, query);
  const rows = await db.infoRequest.findMany({
    where: {
      AND: [
        requestScopeWhere(user),
        q.state ? { state: q.state } : {},
        q.agencyId ? { agencyId: q.agencyId } : {},
        q.cursor ? { id: { lt: q.cursor } } : {},
      ],
    },
    orderBy: { id: "desc" },
    take: q.limit + 1,
    select: {
      id: true,
      trackingCode: true,
      state: true,
      channel: true,
      applicantName: true,
      description: true,
      receivedOn: true,
      dueOn: true,
      dueProvisional: true,
      correctionNoticeLate: true,
      outcome: true,
      concludedOn: true,
      createdAt: true,
      agency: { select: { id: true, shortName: true } },
      assignee: { select: { id: true, name: true } },
    },
  });
  const page = rows.slice(0, q.limit);
  return { items: page.map(requestListItemJson), nextCursor: rows.length > q.limit ? page[page.length - 1].id : null };
}
