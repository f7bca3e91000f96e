// The guard of the console's route handlers (file downloads, PDFs, CSV templates), like requireUser for server
// actions and requirePageUser for pages: an anonymous visitor or an ended session gets 401, and a user who must
// change the password an administrator set gets nothing but the way to the change-password page.
import { getCurrentUser, type CurrentUser } from "./current-user";

export const PASSWORD_PAGE = "/console/account/password";

/** What a route handler answers instead of its content, or the user who may go on. */
export function routeAccess(user: CurrentUser | null): CurrentUser | Response {
  const noStore = { "Cache-Control": "private, no-store" };
  if (!user) return new Response("Unauthorized", { status: 401, headers: noStore });
  if (user.mustChangePassword)
    return new Response(null, { status: 303, headers: { ...noStore, Location: PASSWORD_PAGE } });
  return user;
}

/**
 * For console route handlers: `const user = await requireRouteUser(); if (user instanceof Response) return user;`
 */
export async function requireRouteUser(): Promise<CurrentUser | Response> {
  return routeAccess(await getCurrentUser());
}
