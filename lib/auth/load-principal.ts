// A user as the permission checks see them, loaded from the database by id and session version. Shared
// by browser sessions (current-user.ts), API tokens and the CLI; free of next-auth so scripts can use it.
import { db } from "@/lib/db";
import type { Principal } from "./permissions";
import type { RoleName } from "./roles";

export type CurrentUser = Principal & {
  name: string;
  email: string;
  mustChangePassword: boolean;
  memberships: {
    agencyId: string;
    role: RoleName;
    agency: { id: string; name: string; shortName: string; code: string };
  }[];
};

/** The user, or null when the account is deactivated or the session version is older than the account's. */
export async function loadPrincipal(userId: string, sessionVersion: number): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      memberships: {
        select: {
          agencyId: true,
          role: true,
          agency: { select: { id: true, name: true, shortName: true, code: true, sortOrder: true } },
        },
      },
    },
  });
  if (!user?.active || user.sessionVersion !== sessionVersion) return null;
  const memberships = [...user.memberships].sort((a, b) => a.agency.sortOrder - b.agency.sortOrder);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    isPlatformAdmin: user.isPlatformAdmin,
    mustChangePassword: user.mustChangePassword,
    memberships,
  };
}
