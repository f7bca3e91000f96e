import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { Link } from "@/components/portal/link";
import { getTranslations } from "next-intl/server";
import { listAgenciesWithItemCounts } from "@/lib/portal/agencies";

export async function generateMetadata() {
  return { title: (await getTranslations("portal.nav"))("catalogue") };
}

/** 政府信息公开目录: one catalogue per agency. */
export default async function CatalogueIndexPage() {
  const [t, agencies] = await Promise.all([getTranslations("portalCatalogue"), listAgenciesWithItemCounts()]);
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={["catalogue"]} />
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-stone-700">{t("intro")}</p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {agencies.map((agency) => (
          <li key={agency.id}>
            <Link
              href={`/catalogue/${agency.code}`}
              className="flex items-center justify-between rounded border border-stone-300 bg-white p-4 hover:border-gov-red"
            >
              <span className="font-semibold">{agency.name}</span>
              <span className="text-sm text-stone-600">{t("itemCount", { count: agency.itemCount })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
