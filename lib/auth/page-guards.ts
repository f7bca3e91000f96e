import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { can, canAnywhere, type Action } from "./permissions";

import { PASSWORD_PAGE } from "./route-guards";

export { PASSWORD_PAGE };

/**
 * For console pages: the signed-in user, or off to the sign-in page (an ended session says so).
 * A user whose password an administrator set must replace it first: every page but the password page
 * sends them there. (Checked per page, not in the layout: a layout does not re-run on client navigation.)
 */
export async function requirePageUser(options: { allowPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login?expired=1");
  if (user.mustChangePassword && !options.allowPasswordChange) redirect(PASSWORD_PAGE);
  return user;
}

/** A page the user may not use at all looks like one that does not exist. */
export async function requirePageAccess(action: Action, agencyId?: string): Promise<CurrentUser> {
  const user = await requirePageUser();
  const allowed = agencyId === undefined ? canAnywhere(user, action) : can(user, action, agencyId);
  if (!allowed) notFound();
  return user;
}
