import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { Link } from "@/components/portal/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import {
  catalogueFacets,
  catalogueHref,
  cataloguePageNumbers,
  countCatalogueItems,
  listCatalogueItems,
  parseCatalogueFilter,
  type CatalogueFilter,
} from "@/lib/portal/catalogue";
import { findPublicAgencyByCode } from "@/lib/portal/agencies";

type Props = {
  params: Promise<{ agencyCode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props) {
  const agency = await findPublicAgencyByCode((await params).agencyCode);
  const t = await getTranslations("portalCatalogue");
  if (!agency) return { title: "" };
  return {
    title: t("agencyTitle", { agency: agency.name }),
    // Feed readers discover the agency's (or the chosen category's) Atom feed.
    alternates: {
      types: {
        "application/atom+xml": [
          { url: feedHref(agency.code, parseCatalogueFilter(await searchParams)), title: agency.name },
        ],
      },
    },
  };
}

const feedHref = (agencyCode: string, filter: CatalogueFilter) =>
  filter.category
    ? `/feeds/agencies/${agencyCode}/categories/${filter.category}.atom`
    : `/feeds/agencies/${agencyCode}.atom`;

/** An agency's 政府信息公开目录: browse by its catalogue tree, 主题分类, 体裁 and year; filters combine. */
export default async function AgencyCataloguePage({ params, searchParams }: Props) {
  const agency = await findPublicAgencyByCode((await params).agencyCode);
  if (!agency) notFound();
  const filter = parseCatalogueFilter(await searchParams);
  const [t, ti, tw, { rows, next }, facets, total] = await Promise.all([
    getTranslations("portalCatalogue"),
    getTranslations("items"),
    getTranslations("wayfinding"),
    listCatalogueItems(agency.id, filter),
    catalogueFacets(agency.id),
    countCatalogueItems(agency.id, filter),
  ]);
  const { page, pages } = cataloguePageNumbers(filter, total);
  // A filter link keeps the other filters and starts again at the first page.
  const toggle = (change: Partial<CatalogueFilter>) => {
    const merged = { ...filter, after: undefined, page: undefined, ...change };
    for (const key of Object.keys(change) as (keyof CatalogueFilter)[])
      if (filter[key] === change[key]) delete merged[key];
    return catalogueHref(agency.code, merged);
  };
  const facetLink = (active: boolean, href: string, label: string, count: number) => (
    <Link
      href={href}
      aria-current={active ? "true" : undefined}
      className="flex justify-between gap-2 rounded px-2 py-1 hover:bg-stone-100 aria-[current=true]:bg-gov-red aria-[current=true]:text-white"
    >
      <span>{label}</span>
      <span className="text-sm opacity-80">{count}</span>
    </Link>
  );
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={["catalogue", { label: agency.name }]} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("agencyTitle", { agency: agency.name })}</h1>
        <a href={feedHref(agency.code, filter)} className="text-sm text-blue-800 underline">
          {t("feed")}
        </a>
      </div>
      <div className="flex flex-col gap-6 lg:flex-row">
        <aside className="space-y-4 lg:w-72 lg:shrink-0" aria-label={t("browse")}>
          <nav aria-label={t("byCategory")}>
            <h2 className="mb-1 font-semibold">{t("byCategory")}</h2>
            <ul>
              {facets.categories.map((c) => (
                <li key={c.id}>
                  {facetLink(filter.category === c.id, toggle({ category: c.id }), c.name, c.count)}
                  {c.children.length ? (
                    <ul className="ml-4">
                      {c.children.map((child) => (
                        <li key={child.id}>
                          {facetLink(
                            filter.category === child.id,
                            toggle({ category: child.id }),
                            child.name,
                            child.count,
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label={t("bySubject")}>
            <h2 className="mb-1 font-semibold">{t("bySubject")}</h2>
            <ul>
              {facets.subjects.map(([code, count]) => (
                <li key={code}>
                  {facetLink(filter.subject === code, toggle({ subject: code }), ti(`subjects.s${code}`), count)}
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label={t("byGenre")}>
            <h2 className="mb-1 font-semibold">{t("byGenre")}</h2>
            <ul>
              {facets.genres.map(([genre, count]) => (
                <li key={genre}>
                  {facetLink(filter.genre === genre, toggle({ genre }), ti(`genres.${genre}`), count)}
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label={t("byYear")}>
            <h2 className="mb-1 font-semibold">{t("byYear")}</h2>
            <ul>
              {facets.years.map(({ year, count }) => (
                <li key={year}>{facetLink(filter.year === year, toggle({ year }), t("year", { year }), count)}</li>
              ))}
            </ul>
          </nav>
        </aside>
        <section className="min-w-0 flex-1" aria-labelledby="list-title">
          <h2 id="list-title" className="sr-only">
            {t("list")}
          </h2>
          <p className="mb-2 text-sm text-stone-700" data-testid="catalogue-totals">
            {tw("totals", { total, page, pages })}
          </p>
          {rows.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <>
              {/* Below sm: cards, title first. Only one of the two is displayed, so a screen reader meets one list. */}
              <ul className="space-y-2 sm:hidden" data-testid="catalogue-cards">
                {rows.map((row) => (
                  <li key={row.id} className="rounded border border-stone-200 bg-white p-3">
                    <Link href={`/items/${row.id}`} className="break-words text-blue-800 underline">
                      {row.liveRevision?.title}
                    </Link>
                    {row.validity !== "VALID" ? (
                      <span className="ml-2 rounded bg-stone-200 px-1 text-xs">{ti(`validity.${row.validity}`)}</span>
                    ) : null}
                    <dl className="mt-1 text-sm text-stone-700">
                      <div className="flex flex-wrap gap-x-2">
                        <dt>{ti("fields.indexNumber")}</dt>
                        <dd className="break-all font-mono text-xs leading-5">{row.indexNumber}</dd>
                      </div>
                      {row.liveRevision?.documentNumber ? (
                        <div className="flex flex-wrap gap-x-2">
                          <dt>{ti("fields.documentNumber")}</dt>
                          <dd>{row.liveRevision.documentNumber}</dd>
                        </div>
                      ) : null}
                      <div className="flex flex-wrap gap-x-2">
                        <dt>{ti("fields.publishedOn")}</dt>
                        <dd>{row.publishedOn ? fromDbDate(row.publishedOn) : ""}</dd>
                      </div>
                    </dl>
                  </li>
                ))}
              </ul>
              <div className="hidden overflow-x-auto sm:block">
                <table className="w-full border-collapse bg-white text-left text-sm" data-testid="catalogue-list">
                  <thead>
                    <tr className="border-b border-stone-300">
                      <th scope="col" className="px-3 py-2">
                        {ti("fields.indexNumber")}
                      </th>
                      <th scope="col" className="px-3 py-2">
                        {ti("fields.title")}
                      </th>
                      <th scope="col" className="px-3 py-2">
                        {ti("fields.documentNumber")}
                      </th>
                      <th scope="col" className="whitespace-nowrap px-3 py-2">
                        {ti("fields.publishedOn")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.id} className="border-b border-stone-200 align-top">
                        <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{row.indexNumber}</td>
                        <td className="px-3 py-2">
                          <Link href={`/items/${row.id}`} className="text-blue-800 underline">
                            {row.liveRevision?.title}
                          </Link>
                          {row.validity !== "VALID" ? (
                            <span className="ml-2 rounded bg-stone-200 px-1 text-xs">
                              {ti(`validity.${row.validity}`)}
                            </span>
                          ) : null}
                        </td>
                        <td className="px-3 py-2">{row.liveRevision?.documentNumber}</td>
                        <td className="whitespace-nowrap px-3 py-2">
                          {row.publishedOn ? fromDbDate(row.publishedOn) : ""}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <nav aria-label={t("pages")} className="mt-4 flex gap-4">
            {filter.after ? (
              <Link
                href={catalogueHref(agency.code, { ...filter, after: undefined, page: undefined })}
                className="underline"
              >
                {t("firstPage")}
              </Link>
            ) : null}
            {next ? (
              <Link href={catalogueHref(agency.code, { ...filter, after: next, page: page + 1 })} className="underline">
                {t("nextPage")}
              </Link>
            ) : null}
          </nav>
        </section>
      </div>
    </div>
  );
}
