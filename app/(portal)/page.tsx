import { Link } from "@/components/portal/link";
import { getTranslations } from "next-intl/server";
import { findPortalGovernment, listPublicAgencies } from "@/lib/agencies/queries";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { listLatestPublicItems } from "@/lib/items/public-queries";

const ENTRIES = [
  { href: "/guide", key: "guide" },
  { href: "/catalogue", key: "catalogue" },
  { href: "/requests", key: "requests" },
  { href: "/reports", key: "reports" },
] as const;

export default async function PortalHome() {
  const [t, ti, government, agencies, latest] = await Promise.all([
    getTranslations("portal"),
    getTranslations("items.public"),
    findPortalGovernment(),
    listPublicAgencies(),
    listLatestPublicItems({ take: 10 }),
  ]);
  return (
    <div className="space-y-8">
      <section aria-labelledby="home-title">
        <h1 id="home-title" className="text-2xl font-semibold">
          {t("home.title")}
        </h1>
        <p className="mt-2 max-w-3xl text-stone-700">{t("home.intro", { name: government?.name ?? "" })}</p>
      </section>
      <section aria-labelledby="entries-title">
        <h2 id="entries-title" className="mb-3 text-xl font-semibold">
          {t("home.entries")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {ENTRIES.map((entry) => (
            <li key={entry.key}>
              <Link
                href={entry.href}
                className="block h-full rounded border border-stone-300 bg-white p-4 hover:border-gov-red"
              >
                <span className="text-lg font-semibold text-gov-red">{t(`nav.${entry.key}`)}</span>
                <span className="mt-1 block text-sm text-stone-700">{t(`home.${entry.key}Text`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title" className="mb-3 text-xl font-semibold">
          {ti("latest")}
        </h2>
        <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white">
          {latest.map((item) => (
            <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2">
              <Link href={`/items/${item.id}`} className="text-blue-800 underline">
                {item.liveRevision?.title}
              </Link>
              <span className="text-sm text-stone-600">
                {item.agency.shortName}　{item.publishedOn ? fromDbDate(item.publishedOn) : ""}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="agencies-title">
        <h2 id="agencies-title" className="mb-3 text-xl font-semibold">
          {t("home.agencies")}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {agencies.map((agency) => (
            <li key={agency.id}>
              <Link
                href={`/catalogue/${agency.code}`}
                className="block rounded border border-stone-300 bg-white px-3 py-1 hover:border-gov-red"
              >
                {agency.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
