import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/portal/search-form";
import { SearchResults } from "@/components/portal/search-results";
import { listSearchFilterOptions } from "@/lib/search/filter-options";
import { parseSearchParams, searchItems } from "@/lib/search/search-items";
import { truncate } from "@/lib/text/characters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props) {
  const { q } = parseSearchParams(await searchParams);
  const t = await getTranslations("search");
  return { title: q.trim() ? t("pageTitle", { query: truncate(q.trim(), 50, "") }) : t("title") };
}

/** 站内检索: /search?q=&agency=&category=&genre=&year=&validity=&page= (a stable, shareable URL). */
export default async function SearchPage({ searchParams }: Props) {
  const params = parseSearchParams(await searchParams);
  const [t, outcome, options] = await Promise.all([
    getTranslations("search"),
    searchItems(params),
    listSearchFilterOptions(params.filter.agency),
  ]);
  const hasFilters = Object.keys(params.filter).length > 0;
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={["search"]} />
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <SearchForm q={params.q} filter={params.filter} {...options} />
      {outcome.kind === "empty" ? (
        <p role="status" className="text-stone-700">
          {t("empty")} <span className="block text-sm">{t("intro")}</span>
        </p>
      ) : null}
      {outcome.kind === "tooLong" ? (
        <p role="alert" className="text-red-800">
          {t("tooLong", { max: outcome.max })}
        </p>
      ) : null}
      {outcome.kind === "invalid" ? (
        <p role="alert" className="text-red-800">
          {t("invalid")}
        </p>
      ) : null}
      {outcome.kind === "results" && outcome.total === 0 ? (
        <div role="status" className="space-y-1" data-testid="search-no-results">
          <p>
            {hasFilters
              ? t("noResultsWithFilters", { query: outcome.query })
              : t("noResults", { query: outcome.query })}
          </p>
          <p className="text-sm text-stone-700">{t("noResultsHint")}</p>
        </div>
      ) : null}
      {outcome.kind === "results" && outcome.total > 0 ? (
        <SearchResults
          q={params.q}
          filter={params.filter}
          hits={outcome.hits}
          total={outcome.total}
          totalIsLowerBound={outcome.totalIsLowerBound}
          page={outcome.page}
          pageCount={outcome.pageCount}
          hasNext={outcome.hasNext}
        />
      ) : null}
    </div>
  );
}
