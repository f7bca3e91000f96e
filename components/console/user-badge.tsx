import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";

/** Who is signed in and with which roles where, e.g. 三元区商务局：经办人、领导. */
export async function UserBadge({ user }: { user: CurrentUser }) {
  const t = await getTranslations();
  const byAgency = new Map<string, string[]>();
  for (const m of user.memberships)
    byAgency.set(m.agency.shortName, [...(byAgency.get(m.agency.shortName) ?? []), t(`roles.${m.role}`)]);
  const separator = t("common.listSeparator");
  return (
    <div className="text-sm" data-testid="user-badge">
      <span className="font-semibold">{user.name}</span>
      <span className="ml-2 text-stone-600">
        {[
          ...(user.isPlatformAdmin ? [t("roles.PLATFORM_ADMIN")] : []),
          ...[...byAgency].map(([agency, roles]) => t("console.rolesIn", { agency, roles: roles.join(separator) })),
        ].join(t("common.groupSeparator"))}
      </span>
    </div>
  );
}
