// 分级审核: the drafter (经办人), the 保密审查 reviewer and the approving leader (领导) of an item are three
// different people. The review chain enforces it per revision; an account holding all three roles in one
// agency is still allowed (small offices), but the administrator who grants it is warned and the audit says so.
import type { RoleName } from "@/lib/auth/roles";

export const REVIEW_CHAIN_ROLES = ["STAFF", "REVIEWER", "LEADER"] as const satisfies readonly RoleName[];

/** The warning recorded and shown when `roles` (held in one agency) cover the whole review chain. */
export const COMBINED_ROLES_WARNING = "combinedReviewChainRoles";

export function holdsWholeReviewChain(roles: Iterable<RoleName>): boolean {
  const held = new Set(roles);
  return REVIEW_CHAIN_ROLES.every((role) => held.has(role));
}
