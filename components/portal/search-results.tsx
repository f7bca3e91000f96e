import { Link } from "@/components/portal/link";
import { getTranslations } from "next-intl/server";
import type { Highlighted } from "@/lib/search/highlight";
import { searchHref, type SearchFilter, type SearchHit } from "@/lib/search/search-items";

/** Text with the matched parts in <mark>; React escapes every part, so no document text becomes markup. */
export function Marked({ parts }: { parts: Highlighted }) {
  return (
    <>
      {parts.map((p, i) =>
        p.mark ? (
          <mark
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text in order; a part is its position
            key={i}
            className="bg-yellow-200 px-0.5"
          >
            {p.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text in order; a part is its position
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

export async function SearchResults(props: {
  q: string;
  filter: SearchFilter;
  hits: SearchHit[];
  total: number;
  totalIsLowerBound: boolean;
  page: number;
  pageCount: number | null;
  hasNext: boolean;
}) {
  const [t, ti] = await Promise.all([getTranslations("search"), getTranslations("items")]);
  const { q, filter, page, pageCount } = props;
  return (
    <section aria-labelledby="results-title" className="space-y-4">
      <h2 id="results-title" className="sr-only">
        {t("results")}
      </h2>
      <p className="text-sm text-stone-700" role="status">
        {props.totalIsLowerBound ? t("countLowerBound", { count: props.total }) : t("count", { count: props.total })}
      </p>
      <ol className="space-y-4" data-testid="search-results">
        {props.hits.map((hit) => (
          <li key={hit.id} className="border-b border-stone-200 pb-3">
            <h3 className="text-lg">
              <Link href={`/items/${hit.id}`} className="text-blue-800 underline">
                <Marked parts={hit.title} />
              </Link>
              {hit.validity !== "VALID" ? (
                <span className="ml-2 rounded bg-stone-200 px-1 text-xs">{ti(`validity.${hit.validity}`)}</span>
              ) : null}
            </h3>
            {hit.snippet ? (
              <p className="mt-1 text-stone-800">
                <Marked parts={hit.snippet} />
              </p>
            ) : null}
            <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-stone-600">
              <span>{hit.agencyName}</span>
              {hit.documentNumber.length ? (
                <span>
                  {t("documentNumber")}
                  <Marked parts={hit.documentNumber} />
                </span>
              ) : null}
              <span>{ti(`genres.${hit.genre}`)}</span>
              {hit.publishedOn ? <span>{t("publishedOn", { date: hit.publishedOn })}</span> : null}
              <span className="font-mono text-xs">{t("indexNumber", { value: hit.indexNumber })}</span>
            </p>
          </li>
        ))}
      </ol>
      {page > 1 || props.hasNext ? (
        <nav aria-label={t("pages")} className="flex items-center gap-4">
          {page > 1 ? (
            <Link href={searchHref({ q, filter, page: page - 1 })} className="underline">
              {t("previousPage")}
            </Link>
          ) : null}
          <span className="text-sm">{pageCount ? t("pageOf", { page, pageCount }) : t("pageN", { page })}</span>
          {props.hasNext ? (
            <Link href={searchHref({ q, filter, page: page + 1 })} className="underline">
              {t("nextPage")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
