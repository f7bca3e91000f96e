import { Role } from "@/lib/generated/prisma/enums";

export { Role };

/** Roles in the order the console lists them: 经办人, 保密审查, 领导, 管理员. */
export const ROLES = [Role.STAFF, Role.REVIEWER, Role.LEADER, Role.AGENCY_ADMIN] as const;

export type RoleName = (typeof ROLES)[number];
