import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { Link } from "@/components/portal/link";
import { getTranslations } from "next-intl/server";
import { listPublicAgencies } from "@/lib/agencies/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("portal.nav"))("guide") };
}

/** 政府信息公开指南: one per agency (条例 art. 12). */
export default async function GuideIndexPage() {
  const [t, agencies] = await Promise.all([getTranslations("guide"), listPublicAgencies()]);
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={["guide"]} />
      <h1 className="text-2xl font-semibold">{t("indexTitle")}</h1>
      <p className="max-w-3xl text-stone-700">{t("indexIntro")}</p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {agencies.map((agency) => (
          <li key={agency.id}>
            <Link
              href={`/guide/${agency.code}`}
              className="block rounded border border-stone-300 bg-white p-4 hover:border-gov-red"
            >
              <span className="font-semibold">{t("agencyGuide", { agency: agency.name })}</span>
              {agency.phone ? <span className="mt-1 block text-sm text-stone-600">{agency.phone}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
