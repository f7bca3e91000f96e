import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { findRequestForUser } from "./queries";

const ZAssignment = z.object({ assigneeId: z.union([z.literal(""), z.uuid("uuid")]).transform((v) => v || null) });

/** Gives a request to a 经办人 of its agency (or takes it back to nobody). Leaders and staff may assign. */
export async function assignRequest(options: { actor: CurrentUser; requestId: string; input: unknown }) {
  const { actor, requestId } = options;
  const request = await findRequestForUser(actor, requestId);
  if (!request) throw notFound();
  requirePermission(
    actor,
    actor.memberships.some((m) => m.agencyId === request.agencyId && m.role === "LEADER")
      ? "request.approve"
      : "request.handle",
    request.agencyId,
  );
  const { assigneeId } = parseInput(ZAssignment, options.input);
  let assigneeName = "";
  if (assigneeId) {
    const assignee = await db.user.findFirst({
      where: { id: assigneeId, active: true, memberships: { some: { agencyId: request.agencyId, role: "STAFF" } } },
      select: { name: true },
    });
    if (!assignee) throw new AppError("VALIDATION", { fieldErrors: { assigneeId: ["invalid"] } });
    assigneeName = assignee.name;
  }
  await db.$transaction(async (tx) => {
    await tx.infoRequest.update({ where: { id: request.id }, data: { assigneeId } });
    await recordAudit(tx, {
      type: "request.assigned",
      actor: { id: actor.id, label: actor.name },
      agencyId: request.agencyId,
      entity: { type: "request", id: request.id },
      payload: { assigneeId, assignee: assigneeName },
    });
  });
}
