import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { listAgenciesForUser } from "@/lib/agencies/queries";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("console.agencies"))("title") };
}

export default async function AgenciesPage() {
  const user = await requirePageAccess("agency.update");
  const [t, agencies] = await Promise.all([getTranslations("console.agencies"), listAgenciesForUser(user)]);
  const editable = agencies.filter((a) => can(user, "agency.update", a.id));
  return (
    <div>
      <PageHeader title={t("title")}>
        {can(user, "agency.create", null) ? (
          <Link
            href="/console/agencies/new"
            className="rounded bg-gov-red px-4 py-2 font-medium text-white hover:bg-gov-red-dark"
          >
            {t("new")}
          </Link>
        ) : null}
      </PageHeader>
      {editable.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable headers={[t("code"), t("name"), t("parent"), t("disclosureOffice"), t("phone")]}>
          {editable.map((agency) => (
            <tr key={agency.id} className="border-b border-stone-200">
              <td className="px-3 py-2 font-mono text-sm">{agency.code}</td>
              <td className="px-3 py-2">
                <Link href={`/console/agencies/${agency.id}`} className="text-blue-800 underline">
                  {agency.name}
                </Link>
              </td>
              <td className="px-3 py-2">{agency.parent?.shortName ?? ""}</td>
              <td className="px-3 py-2">{agency.disclosureOffice}</td>
              <td className="px-3 py-2">{agency.phone}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
