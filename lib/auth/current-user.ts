// The signed-in user of this request, loaded from the database (not trusted from the cookie alone):
// a deactivated account or a bumped session version makes the session worthless immediately.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { authOptions } from "./auth-options";
import type { Principal } from "./permissions";
import type { RoleName } from "./roles";

export type CurrentUser = Principal & {
  name: string;
  email: string;
  mustChangePassword: boolean;
  memberships: { agencyId: string; role: RoleName; agency: { id: string; name: string; shortName: string; code: string } }[];
};

type SessionClaims = { uid?: string; sv?: number };

export async function loadPrincipal(userId: string, sessionVersion: number): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      memberships: {
        select: { agencyId: true, role: true, agency: { select: { id: true, name: true, shortName: true, code: true, sortOrder: true } } },
      },
    },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
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

/** The current user, or null for anonymous visitors and ended sessions. Cached for one request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as SessionClaims | null;
  if (!session?.uid || typeof session.sv !== "number") return null;
  return loadPrincipal(session.uid, session.sv);
});

/**
 * For server actions and route handlers: the current user, or an UNAUTHENTICATED error. A user whose
 * password an administrator set can do nothing but change it.
 */
export async function requireUser(options: { allowPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (user.mustChangePassword && !options.allowPasswordChange) throw new AppError("FORBIDDEN", { message: "mustChangePassword" });
  return user;
}
