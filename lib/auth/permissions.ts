// The one permission table: which roles may do what, deny by default. Every server action and route
// handler calls `can`/`requirePermission` itself; the proxy only sends anonymous visitors to sign in.
import { AppError } from "@/lib/errors/app-error";
import type { RoleName } from "./roles";

type Rule = {
  /** Roles that allow the action within the agency where they are held. */
  roles: readonly RoleName[];
  /** Whether the platform administrator (平台管理员) may do it in any agency. */
  platformAdmin: boolean;
};

export const PERMISSIONS = {
  // Agencies (机关)
  "agency.read": { roles: ["STAFF", "REVIEWER", "LEADER", "AGENCY_ADMIN"], platformAdmin: true },
  "agency.create": { roles: [], platformAdmin: true },
  "agency.update": { roles: ["AGENCY_ADMIN"], platformAdmin: true },
  // Users and their roles
  "user.read": { roles: ["AGENCY_ADMIN"], platformAdmin: true },
  "user.create": { roles: ["AGENCY_ADMIN"], platformAdmin: true },
  "user.update": { roles: ["AGENCY_ADMIN"], platformAdmin: true },
  "user.resetPassword": { roles: ["AGENCY_ADMIN"], platformAdmin: true },
  "user.deactivate": { roles: ["AGENCY_ADMIN"], platformAdmin: true },
  // Audit log (审计日志): agency admins and leaders
  "audit.read": { roles: ["AGENCY_ADMIN", "LEADER"], platformAdmin: true },
  // 工作日 calendar: everyone reads it; the platform administrator corrects it
  "calendar.read": { roles: ["STAFF", "REVIEWER", "LEADER", "AGENCY_ADMIN"], platformAdmin: true },
  "calendar.manage": { roles: [], platformAdmin: true },
  // 主动公开 items: staff draft, reviewers check secrets (保密审查), leaders approve (领导审定)
  "item.read": { roles: ["STAFF", "REVIEWER", "LEADER", "AGENCY_ADMIN"], platformAdmin: false },
  "item.draft": { roles: ["STAFF"], platformAdmin: false },
  "item.review": { roles: ["REVIEWER"], platformAdmin: false },
  "item.approve": { roles: ["LEADER"], platformAdmin: false },
  "item.withdraw": { roles: ["LEADER"], platformAdmin: false },
  "item.import": { roles: ["AGENCY_ADMIN"], platformAdmin: true },
  "attachment.upload": { roles: ["STAFF"], platformAdmin: false },
  // 依申请公开 requests: staff register and handle them, leaders approve extensions and replies
  "request.read": { roles: ["STAFF", "LEADER", "AGENCY_ADMIN"], platformAdmin: false },
  "request.register": { roles: ["STAFF"], platformAdmin: false },
  "request.handle": { roles: ["STAFF"], platformAdmin: false },
  "request.approve": { roles: ["LEADER"], platformAdmin: false },
  "request.templates": { roles: ["AGENCY_ADMIN", "LEADER"], platformAdmin: false },
  // Personal access tokens for the console API (each user manages their own)
  "token.manage": { roles: ["STAFF", "REVIEWER", "LEADER", "AGENCY_ADMIN"], platformAdmin: true },
  // The e-mail outbox (delivery problems) of the agency
  "outbox.read": { roles: ["AGENCY_ADMIN"], platformAdmin: true },
  // The agency's own catalogue tree (主动公开基本目录) and its index-number settings
  "catalogue.manage": { roles: ["AGENCY_ADMIN"], platformAdmin: true },
  // 年度报告: staff write the narrative and enter what other systems count, a leader approves and publishes
  "report.read": { roles: ["STAFF", "REVIEWER", "LEADER", "AGENCY_ADMIN"], platformAdmin: false },
  "report.edit": { roles: ["STAFF"], platformAdmin: false },
  "report.approve": { roles: ["LEADER"], platformAdmin: false },
  // 行政申诉、举报 about the agency's disclosure work, recorded by staff (counted by the annual report)
  "complaint.read": { roles: ["STAFF", "LEADER", "AGENCY_ADMIN"], platformAdmin: false },
  "complaint.record": { roles: ["STAFF"], platformAdmin: false },
  // The site identity (网站标识码, 备案号, 主办单位) on every portal page: one site, one administrator
  "site.manage": { roles: [], platformAdmin: true },
  // Integrators' webhook endpoints of the agency (item published / withdrawn, report published)
  "webhook.manage": { roles: ["AGENCY_ADMIN"], platformAdmin: true },
  // Work queues on the dashboard
  "dashboard.read": { roles: ["STAFF", "REVIEWER", "LEADER", "AGENCY_ADMIN"], platformAdmin: true },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;

/** What the permission check needs to know about the signed-in user. */
export type Principal = {
  id: string;
  isPlatformAdmin: boolean;
  memberships: readonly { agencyId: string; role: RoleName }[];
};

/** May `user` do `action` in `agencyId`? Unknown actions and missing agencies are refused. */
export function can(user: Principal | null | undefined, action: Action, agencyId: string | null): boolean {
  if (!user) return false;
  const rule: Rule | undefined = PERMISSIONS[action];
  if (!rule) return false;
  if (rule.platformAdmin && user.isPlatformAdmin) return true;
  if (agencyId === null) return false;
  return user.memberships.some((m) => m.agencyId === agencyId && rule.roles.includes(m.role));
}

/** May `user` do `action` in at least one agency? (Used to show navigation, never as the final check.) */
export function canAnywhere(user: Principal | null | undefined, action: Action): boolean {
  if (!user) return false;
  const rule: Rule = PERMISSIONS[action];
  if (rule.platformAdmin && user.isPlatformAdmin) return true;
  return user.memberships.some((m) => rule.roles.includes(m.role));
}

/**
 * The agencies in which `user` may do `action`, for use inside a Prisma `where`:
 * "all" for the platform administrator, otherwise the list of agency ids (possibly empty).
 */
export function agencyScope(user: Principal, action: Action): "all" | string[] {
  const rule: Rule = PERMISSIONS[action];
  if (rule.platformAdmin && user.isPlatformAdmin) return "all";
  return [...new Set(user.memberships.filter((m) => rule.roles.includes(m.role)).map((m) => m.agencyId))];
}

/** Prisma filter on an `agencyId` column for the agencies in scope. */
export function agencyWhere(user: Principal, action: Action): { agencyId?: { in: string[] } } {
  const scope = agencyScope(user, action);
  return scope === "all" ? {} : { agencyId: { in: scope } };
}

/**
 * The refusal of requirePermission: a FORBIDDEN that remembers who was refused what, so that the layer answering
 * it (runFormAction, apiRoute) can audit it once (lib/audit/record-permission-denied.ts).
 */
export class PermissionDeniedError extends AppError {
  constructor(
    readonly principal: Principal & { name?: string },
    readonly action: Action,
    readonly agencyId: string | null,
  ) {
    super("FORBIDDEN");
  }
}

export function requirePermission(user: Principal | null | undefined, action: Action, agencyId: string | null) {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!can(user, action, agencyId)) throw new PermissionDeniedError(user, action, agencyId);
}
