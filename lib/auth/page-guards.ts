import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { can, canAnywhere, type Action } from "./permissions";

/** For console pages: the signed-in user, or off to the sign-in page (an ended session says so). */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login?expired=1");
  return user;
}

/** A page the user may not use at all looks like one that does not exist. */
export async function requirePageAccess(action: Action, agencyId?: string): Promise<CurrentUser> {
  const user = await requirePageUser();
  const allowed = agencyId === undefined ? canAnywhere(user, action) : can(user, action, agencyId);
  if (!allowed) notFound();
  return user;
}
