import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { findPortalGovernment, listPublicAgencies } from "@/lib/agencies/queries";

const ENTRIES = [
  { href: "/guide", key: "guide" },
  { href: "/catalogue", key: "catalogue" },
  { href: "/requests", key: "requests" },
  { href: "/reports", key: "reports" },
] as const;

export default async function PortalHome() {
  const [t, government, agencies] = await Promise.all([getTranslations("portal"), findPortalGovernment(), listPublicAgencies()]);
  return (
    <div className="space-y-8">
      <section aria-labelledby="home-title">
        <h1 id="home-title" className="text-2xl font-semibold">{t("home.title")}</h1>
        <p className="mt-2 max-w-3xl text-stone-700">{t("home.intro", { name: government?.name ?? "" })}</p>
      </section>
      <section aria-labelledby="entries-title">
        <h2 id="entries-title" className="mb-3 text-xl font-semibold">{t("home.entries")}</h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {ENTRIES.map((entry) => (
            <li key={entry.key}>
              <Link href={entry.href} className="block h-full rounded border border-stone-300 bg-white p-4 hover:border-gov-red">
                <span className="text-lg font-semibold text-gov-red">{t(`nav.${entry.key}`)}</span>
                <span className="mt-1 block text-sm text-stone-700">{t(`home.${entry.key}Text`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="agencies-title">
        <h2 id="agencies-title" className="mb-3 text-xl font-semibold">{t("home.agencies")}</h2>
        <ul className="flex flex-wrap gap-2">
          {agencies.map((agency) => (
            <li key={agency.id} className="rounded border border-stone-300 bg-white px-3 py-1">{agency.name}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
