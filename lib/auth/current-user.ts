// The signed-in user of this request, loaded from the database (not trusted from the cookie alone):
// a deactivated account or a bumped session version makes the session worthless immediately.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/forms/validation";
import { authOptions } from "./auth-options";
import { checkSession } from "./sessions";
import { loadPrincipal, type CurrentUser } from "./load-principal";

export { loadPrincipal, type CurrentUser } from "./load-principal";

type SessionClaims = { uid?: string; sv?: number; sid?: string };

/** The current user, or null for anonymous visitors and ended sessions. Cached for one request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as SessionClaims | null;
  if (!isUuid(session?.uid) || typeof session.sv !== "number" || !isUuid(session.sid)) return null;
  if (!(await checkSession(session.sid, session.uid))) return null;
  return loadPrincipal(session.uid, session.sv);
});

/**
 * For server actions and route handlers: the current user, or an UNAUTHENTICATED error. A user whose
 * password an administrator set can do nothing but change it.
 */
export async function requireUser(options: { allowPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (user.mustChangePassword && !options.allowPasswordChange)
    throw new AppError("FORBIDDEN", { message: "mustChangePassword" });
  return user;
}
