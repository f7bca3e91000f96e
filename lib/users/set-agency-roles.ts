import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { findAgencyForUser } from "@/lib/agencies/queries";
import { findUserForAdmin } from "./queries";
import { ZAgencyRoles } from "./schemas";
import { COMBINED_ROLES_WARNING, holdsWholeReviewChain } from "./separation-of-duties";

/**
 * Sets the roles a user holds in one agency: each granted or revoked role is its own audit event. Returns
 * a warning when the user now holds the whole review chain (经办人 + 保密审查 + 领导) there.
 */
export async function setAgencyRoles(options: { actor: CurrentUser; userId: string; input: unknown }) {
  const { actor, userId } = options;
  const input = parseInput(ZAgencyRoles, options.input);
  const target = await findUserForAdmin(actor, userId);
  if (!target || !(await findAgencyForUser(actor, input.agencyId))) throw notFound();
  requirePermission(actor, "user.update", input.agencyId);

  const current = new Set(target.memberships.filter((m) => m.agencyId === input.agencyId).map((m) => m.role));
  const wanted = new Set(input.roles);
  const granted = [...wanted].filter((r) => !current.has(r));
  const revoked = [...current].filter((r) => !wanted.has(r));
  // Nobody changes their own roles (agency and platform administrators alike): another administrator must.
  if (userId === actor.id) throw new AppError("VALIDATION", { fieldErrors: { roles: ["cannotChangeOwnRoles"] } });
  // 经办人 + 保密审查 + 领导 in one agency: allowed, but the administrator is warned and the audit records it.
  const warning = granted.length > 0 && holdsWholeReviewChain(wanted) ? COMBINED_ROLES_WARNING : undefined;
  await db.$transaction(async (tx) => {
    const audit = {
      actor: { id: actor.id, label: actor.name },
      agencyId: input.agencyId,
      entity: { type: "user" as const, id: userId },
    };
    for (const role of granted) {
      await tx.membership.create({ data: { userId, agencyId: input.agencyId, role } });
      await recordAudit(tx, {
        ...audit,
        type: "user.role_granted",
        payload: { role, ...(warning ? { warning } : {}) },
      });
    }
    for (const role of revoked) {
      await tx.membership.deleteMany({ where: { userId, agencyId: input.agencyId, role } });
      await recordAudit(tx, { ...audit, type: "user.role_revoked", payload: { role } });
    }
  });
  return { granted, revoked, warning };
}
