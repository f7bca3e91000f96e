// Who may manage which account. An agency administrator manages accounts that belong only to agencies
// they administer: deactivating or resetting a person who also works for another agency would act on
// that agency's behalf, so it is left to the platform administrator.
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, type Action } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors/app-error";
import { findUserForAdmin } from "./queries";

export async function loadManageableUser(actor: CurrentUser, userId: string, action: Action) {
  const target = await findUserForAdmin(actor, userId);
  if (!target) throw notFound();
  if (actor.isPlatformAdmin && can(actor, action, null)) return target;
  if (target.isPlatformAdmin) throw new AppError("FORBIDDEN");
  const agencyIds = new Set(target.memberships.map((m) => m.agencyId));
  for (const agencyId of agencyIds) {
    if (!can(actor, action, agencyId)) throw new AppError("FORBIDDEN", { message: "otherAgencyUser" });
  }
  return target;
}
