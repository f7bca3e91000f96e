// The console API's user: the bearer token's user, loaded like a session (roles, agencies, active).
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { authenticateToken } from "./tokens";

/** The user of `Authorization: Bearer gk_…`, or UNAUTHENTICATED (401). */
export async function requireApiUser(request: Request): Promise<CurrentUser> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const user = match ? await authenticateToken(match[1]) : null;
  if (!user) throw new AppError("UNAUTHENTICATED");
  // As in the console: an account whose password an administrator set can do nothing until it is changed.
  if (user.mustChangePassword) throw new AppError("FORBIDDEN", { message: "mustChangePassword" });
  return user;
}
