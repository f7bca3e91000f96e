import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { listAgenciesForUser } from "@/lib/agencies/queries";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { can, canAnywhere } from "@/lib/auth/permissions";
import { listUsersForAdmin } from "@/lib/users/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("console.users"))("title") };
}

type Search = { agencyId?: string; q?: string };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageAccess("user.read");
  const filter = await searchParams;
  const q = typeof filter.q === "string" ? filter.q.slice(0, 100) : undefined;
  const [t, users, agencies] = await Promise.all([
    getTranslations(),
    listUsersForAdmin(user, { agencyId: filter.agencyId, q }),
    listAgenciesForUser(user),
  ]);
  const adminAgencies = agencies.filter((a) => can(user, "user.read", a.id));
  return (
    <div>
      <PageHeader title={t("console.users.title")}>
        {canAnywhere(user, "user.create") ? (
          <Link
            href="/console/users/new"
            className="rounded bg-gov-red px-4 py-2 font-medium text-white hover:bg-gov-red-dark"
          >
            {t("console.users.new")}
          </Link>
        ) : null}
      </PageHeader>
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-agency" className="text-sm font-medium">
            {t("console.users.agency")}
          </label>
          <select id="filter-agency" name="agencyId" defaultValue={filter.agencyId ?? ""} className={inputClass}>
            <option value="">{t("common.all")}</option>
            {adminAgencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-q" className="text-sm font-medium">
            {t("console.users.filterQ")}
          </label>
          <input id="filter-q" name="q" defaultValue={q ?? ""} className={inputClass} />
        </div>
        <button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2">
          {t("common.search")}
        </button>
      </form>
      {users.length === 0 ? (
        <p>{t("console.users.empty")}</p>
      ) : (
        <DataTable
          headers={[
            t("console.users.name"),
            t("console.users.email"),
            t("console.users.roles"),
            t("console.users.status"),
            t("console.users.lastSignIn"),
          ]}
        >
          {users.map((u) => (
            <tr key={u.id} className="border-b border-stone-200">
              <td className="px-3 py-2">
                <Link href={`/console/users/${u.id}`} className="text-blue-800 underline">
                  {u.name}
                </Link>
              </td>
              <td className="px-3 py-2">{u.email}</td>
              <td className="px-3 py-2 text-sm">
                {[
                  ...(u.isPlatformAdmin ? [t("roles.PLATFORM_ADMIN")] : []),
                  ...u.memberships.map((m) => `${m.agency.shortName}·${t(`roles.${m.role}`)}`),
                ].join(t("common.listSeparator"))}
              </td>
              <td className="px-3 py-2">
                {u.active ? (
                  t("console.users.active")
                ) : (
                  <span className="text-red-800">{t("console.users.inactive")}</span>
                )}
              </td>
              <td className="px-3 py-2 text-sm">
                {u.lastSignInAt ? <DateTime value={u.lastSignInAt} /> : t("console.users.never")}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
