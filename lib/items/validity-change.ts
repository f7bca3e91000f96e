// 有效性 changes (废止 / 失效) of a published item: staff propose, a leader other than the proposer decides.
// The approved change shows on the portal with its date (seed §(6): items are republished when their validity changes).
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { fromDbDate, toDbDate } from "@/lib/calendar/calendar-date";
import { findItemForUser } from "./queries";
import { ZComment, ZValidityChange } from "./schemas";

export async function proposeValidityChange(options: { actor: CurrentUser; itemId: string; input: unknown }) {
  const { actor, itemId } = options;
  const item = await findItemForUser(actor, itemId);
  if (!item) throw notFound();
  requirePermission(actor, "item.draft", item.agencyId);
  const change = parseInput(ZValidityChange, options.input);
  await db.$transaction(async (tx) => {
    const { count } = await tx.item.updateMany({
      where: { id: item.id, state: "PUBLISHED", validity: "VALID", pendingValidity: null },
      data: {
        pendingValidity: change.validity,
        pendingValidityOn: toDbDate(change.effectiveOn),
        pendingValidityById: actor.id,
        pendingValidityReason: change.reason,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "itemStateChanged" });
    await recordAudit(tx, {
      type: "item.validity_proposed",
      actor: { id: actor.id, label: actor.name },
      agencyId: item.agencyId,
      entity: { type: "item", id: item.id },
      payload: change,
    });
  });
}

export async function decideValidityChange(options: {
  actor: CurrentUser;
  itemId: string;
  approve: boolean;
  input?: unknown;
}) {
  const { actor, itemId, approve } = options;
  const item = await findItemForUser(actor, itemId);
  if (!item) throw notFound();
  requirePermission(actor, "item.approve", item.agencyId);
  if (!item.pendingValidity || !item.pendingValidityOn) throw new AppError("CONFLICT", { message: "itemStateChanged" });
  if (item.pendingValidityById === actor.id) throw new AppError("FORBIDDEN", { message: "selfApproval" });
  const comment = approve ? "" : parseInput(ZComment, options.input ?? {}).comment;
  const pending = { validity: item.pendingValidity, effectiveOn: fromDbDate(item.pendingValidityOn) };
  const clear = {
    pendingValidity: null,
    pendingValidityOn: null,
    pendingValidityById: null,
    pendingValidityReason: null,
  };
  await db.$transaction(async (tx) => {
    const { count } = await tx.item.updateMany({
      where: { id: item.id, pendingValidity: item.pendingValidity },
      data: approve ? { ...clear, validity: pending.validity, validityChangedOn: item.pendingValidityOn } : clear,
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "itemStateChanged" });
    const audit = {
      actor: { id: actor.id, label: actor.name },
      agencyId: item.agencyId,
      entity: { type: "item" as const, id: item.id },
    };
    if (approve) await recordAudit(tx, { ...audit, type: "item.validity_approved", payload: pending });
    else
      await recordAudit(tx, {
        ...audit,
        type: "item.validity_rejected",
        payload: { validity: pending.validity, comment },
      });
  });
}
