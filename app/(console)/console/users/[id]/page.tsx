import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import {
  ActiveToggleForm,
  AgencyRolesForm,
  ProfileForm,
  ResetPasswordForm,
  UnlockSignInForm,
} from "@/components/console/user-forms";
import { PageHeader } from "@/components/ui/page-header";
import { listAgenciesForUser } from "@/lib/agencies/queries";
import { requirePageUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { findUserForAdmin } from "@/lib/users/queries";
import { holdsWholeReviewChain } from "@/lib/users/separation-of-duties";
import { isSignInLocked } from "@/lib/users/unlock-sign-in";
import {
  resetPasswordAction,
  setActiveAction,
  setRolesAction,
  unlockSignInAction,
  updateProfileAction,
} from "../actions";

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; deactivated?: string; reactivated?: string; unlocked?: string }>;
}) {
  const [{ id }, { created, deactivated, reactivated, unlocked }] = await Promise.all([params, searchParams]);
  const actor = await requirePageUser();
  // Scope lives in the query: a user of another agency is simply not found.
  const target = await findUserForAdmin(actor, id);
  if (!target) notFound();
  const [t, tr, agencies, locked] = await Promise.all([
    getTranslations("console.users"),
    getTranslations("roles"),
    listAgenciesForUser(actor),
    isSignInLocked(target.email),
  ]);
  const roleAgencies = agencies.filter((a) => can(actor, "user.update", a.id));
  return (
    <div className="space-y-8">
      <PageHeader title={target.name}>
        <span className={target.active ? "text-green-800" : "text-red-800"}>
          {target.active ? t("active") : t("inactive")}
        </span>
      </PageHeader>
      {unlocked && !locked ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {t("signInUnlocked")}
        </p>
      ) : null}
      {deactivated || reactivated ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {t(deactivated ? "deactivated" : "reactivated")}
        </p>
      ) : null}
      <section aria-labelledby="profile-title" className="space-y-3">
        <h2 id="profile-title" className="text-lg font-semibold">
          {t("profile")}
        </h2>
        <ProfileForm
          action={updateProfileAction.bind(null, target.id)}
          user={target}
          initialMessage={created ? "console.users.created" : undefined}
        />
      </section>
      <section aria-labelledby="roles-title" className="space-y-3">
        <h2 id="roles-title" className="text-lg font-semibold">
          {t("roles")}
        </h2>
        {agencies
          .filter((a) =>
            holdsWholeReviewChain(target.memberships.filter((m) => m.agencyId === a.id).map((m) => m.role)),
          )
          .map((a) => (
            <p
              key={a.id}
              role="note"
              className="rounded border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950"
              data-testid="combined-roles-warning"
            >
              {t("combinedRolesWarning", { agency: a.name })}
            </p>
          ))}
        {target.id === actor.id ? (
          // Nobody changes their own roles: the page shows them, another administrator changes them.
          <>
            <p className="text-sm text-stone-700">{t("ownRolesHint")}</p>
            <ul className="list-disc pl-6" data-testid="own-roles">
              {target.memberships.map((m) => (
                <li key={`${m.agencyId}-${m.role}`}>
                  {m.agency.shortName}：{tr(m.role)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {(target.id === actor.id ? [] : roleAgencies).map((agency) => (
          <AgencyRolesForm
            key={agency.id}
            action={setRolesAction.bind(null, target.id, agency.id)}
            agencyName={agency.name}
            roles={target.memberships.filter((m) => m.agencyId === agency.id).map((m) => m.role)}
          />
        ))}
      </section>
      <section aria-labelledby="password-title" className="space-y-3">
        <h2 id="password-title" className="text-lg font-semibold">
          {t("resetPassword")}
        </h2>
        <ResetPasswordForm action={resetPasswordAction.bind(null, target.id)} />
      </section>
      {locked ? (
        <section aria-labelledby="unlock-title" className="space-y-3" data-testid="sign-in-locked">
          <h2 id="unlock-title" className="text-lg font-semibold">
            {t("signInLockedTitle")}
          </h2>
          <p className="text-sm text-stone-700">{t("signInLockedHint")}</p>
          <UnlockSignInForm action={unlockSignInAction.bind(null, target.id)} />
        </section>
      ) : null}
      {target.id !== actor.id ? (
        <section aria-labelledby="status-title" className="space-y-3">
          <h2 id="status-title" className="text-lg font-semibold">
            {target.active ? t("deactivate") : t("reactivate")}
          </h2>
          <ActiveToggleForm
            key={String(target.active)}
            action={setActiveAction.bind(null, target.id, !target.active)}
            active={target.active}
          />
        </section>
      ) : null}
    </div>
  );
}
