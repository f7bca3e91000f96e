// Users visible to an administrator: the platform administrator sees everyone; an agency administrator
// sees the users holding a role in an agency they administer. Anyone else's id answers "not found".
import { db } from "@/lib/db";
import { agencyScope, type Principal } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/forms/validation";
import type { Prisma } from "@/lib/generated/prisma/client";

function visibleUsersWhere(user: Principal): Prisma.UserWhereInput {
  const scope = agencyScope(user, "user.read");
  return scope === "all" ? {} : { memberships: { some: { agencyId: { in: scope } } } };
}

const userListSelect = {
  id: true,
  email: true,
  name: true,
  active: true,
  isPlatformAdmin: true,
  lastSignInAt: true,
  memberships: { select: { agencyId: true, role: true, agency: { select: { shortName: true, sortOrder: true } } } },
} satisfies Prisma.UserSelect;

export async function listUsersForAdmin(user: Principal, filter: { agencyId?: string; q?: string } = {}) {
  const where: Prisma.UserWhereInput = { AND: [visibleUsersWhere(user)] };
  if (filter.agencyId && isUuid(filter.agencyId))
    (where.AND as Prisma.UserWhereInput[]).push({ memberships: { some: { agencyId: filter.agencyId } } });
  if (filter.q) {
    (where.AND as Prisma.UserWhereInput[]).push({
      OR: [
        { name: { contains: filter.q, mode: "insensitive" } },
        { email: { contains: filter.q, mode: "insensitive" } },
      ],
    });
  }
  return db.user.findMany({ where, select: userListSelect, orderBy: [{ active: "desc" }, { name: "asc" }], take: 500 });
}

export async function findUserForAdmin(user: Principal, userId: string) {
  if (!isUuid(userId)) return null;
  return db.user.findFirst({
    where: { id: userId, ...visibleUsersWhere(user) },
    select: { ...userListSelect, createdAt: true, mustChangePassword: true },
  });
}
