// 当前位置 (《政府网站发展指引》): where an inner page of the portal sits, from 首页 down to the page itself.
// One ordered list in a named nav; the last item is the page (aria-current="page", not a link). Links go
// through the portal's Link so an English page keeps its /en prefix. Long titles are cut by graphemes
// (lib/text/characters.ts) so a 生僻字 or an accent is never split.
import { useTranslations } from "next-intl";
import { Link } from "@/components/portal/link";
import { truncate } from "@/lib/text/characters";

const SECTIONS = {
  catalogue: "/catalogue",
  guide: "/guide",
  reports: "/reports",
  search: "/search",
  requests: "/requests",
} as const;

/** A portal section by name (its label and address are the component's), or any page by label and address. */
export type Crumb = keyof typeof SECTIONS | { label: string; href?: string };

/** Longest label shown, in graphemes; the whole title stays in the link's title attribute. */
const MAX_LABEL = 30;

export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const t = useTranslations("wayfinding");
  const crumbs = [
    { label: t("home"), href: "/" },
    ...trail.map((c) => (typeof c === "string" ? { label: t(c), href: SECTIONS[c] } : c)),
  ];
  return (
    <nav
      aria-label={t("youAreHere")}
      className="no-print flex flex-wrap text-sm text-stone-700"
      data-testid="breadcrumbs"
    >
      {/* Shown as Chinese portals do (当前位置：); the nav's own name already says it to a screen reader. */}
      <span aria-hidden="true" className="mr-1">
        {t("youAreHereLead")}
      </span>
      <ol className="flex flex-wrap items-center gap-x-1">
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          const label = truncate(crumb.label, MAX_LABEL);
          const cut = label !== crumb.label ? crumb.label : undefined;
          return (
            <li key={`${crumb.href ?? ""} ${crumb.label}`} className="flex items-center gap-x-1">
              {i > 0 ? (
                <span aria-hidden="true" className="text-stone-400">
                  ›
                </span>
              ) : null}
              {last || !crumb.href ? (
                <span aria-current={last ? "page" : undefined} title={cut}>
                  {label}
                </span>
              ) : (
                <Link href={crumb.href} className="text-blue-800 underline" title={cut}>
                  {label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
