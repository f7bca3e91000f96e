import { Link } from "@/components/portal/link";
import { getLocale, getTranslations } from "next-intl/server";
import { portalPath } from "@/lib/i18n/portal-path";
import { GENRES, VALIDITIES } from "@/lib/items/vocabulary";
import { MAX_QUERY_LENGTH } from "@/lib/search/tokenize";
import type { SearchFilter } from "@/lib/search/search-items";

type Option = { value: string; label: string };

/**
 * The search box and its filters: one plain GET form, so a search is a stable, shareable URL and works
 * without JavaScript. Changing the agency and searching again offers that agency's catalogue categories.
 */
export async function SearchForm(props: {
  q: string;
  filter: SearchFilter;
  agencies: { code: string; name: string }[];
  categories: { id: string; name: string; depth: number }[];
  years: number[];
}) {
  const [t, ti, locale] = await Promise.all([getTranslations("search"), getTranslations("items"), getLocale()]);
  const { filter } = props;
  const select = (name: keyof SearchFilter, label: string, options: Option[]) => (
    <label className="flex flex-col gap-1 text-sm">
      <span>{label}</span>
      <select
        name={name}
        defaultValue={filter[name] === undefined ? "" : String(filter[name])}
        className="rounded border border-stone-400 bg-white px-2 py-1.5"
      >
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const hasFilters = Object.keys(filter).length > 0;
  return (
    <form
      action={portalPath(locale, "/search")}
      method="get"
      role="search"
      className="space-y-3 rounded border border-stone-300 bg-white p-4"
      data-testid="search-form"
    >
      <div className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          {t("label")}
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={props.q}
          maxLength={MAX_QUERY_LENGTH * 2}
          placeholder={t("placeholder")}
          className="min-w-0 flex-1 rounded border border-stone-400 px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-gov-red px-5 py-2 font-semibold text-white hover:bg-gov-red-dark">
          {t("submit")}
        </button>
      </div>
      <fieldset className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <legend className="sr-only">{t("filters")}</legend>
        {select(
          "agency",
          t("agency"),
          props.agencies.map((a) => ({ value: a.code, label: a.name })),
        )}
        {props.categories.length
          ? select(
              "category",
              t("category"),
              props.categories.map((c) => ({ value: c.id, label: `${c.depth ? "　" : ""}${c.name}` })),
            )
          : null}
        {select(
          "genre",
          t("genre"),
          GENRES.map((g) => ({ value: g, label: ti(`genres.${g}`) })),
        )}
        {select(
          "year",
          t("year"),
          props.years.map((y) => ({ value: String(y), label: t("yearOption", { year: y }) })),
        )}
        {select(
          "validity",
          t("validity"),
          VALIDITIES.map((v) => ({ value: v, label: ti(`validity.${v}`) })),
        )}
      </fieldset>
      {hasFilters ? (
        <p className="text-sm">
          <Link
            href={props.q ? `/search?q=${encodeURIComponent(props.q)}` : "/search"}
            className="text-blue-800 underline"
          >
            {t("clearFilters")}
          </Link>
        </p>
      ) : null}
    </form>
  );
}
