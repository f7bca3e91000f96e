"use client";
// The portal's language switch: a plain link between /x and /en/x (same page, same query), and the page's
// hreflang alternates. A client component so both follow client-side navigation (the header sits in the
// layout, which Next.js does not render again when moving between pages). Plain <a>, not next/link: the
// two languages share their layouts, so only a full load renders the header and <html lang> in the other one.
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { portalPath, splitLocalePath } from "@/lib/i18n/portal-path";

type Props = {
  current: Locale;
  /** Accessible name of the switch ("语言" / "Language"). */
  label: string;
  /** Each language's name, in that language. */
  names: Record<Locale, string>;
  /** The canonical origin (NEXTAUTH_URL) for absolute alternates; "" when not configured (relative then). */
  origin: string;
};

function Links({ query, ...props }: Props & { query: string }) {
  // The path without its language, whether the router reports the address or the rewritten route.
  const { path } = splitLocalePath(usePathname() ?? "/");
  const href = (locale: Locale) => portalPath(locale, path) + (query ? `?${query}` : "");
  return (
    <>
      {LOCALES.map((locale) => (
        <link key={locale} rel="alternate" hrefLang={locale} href={props.origin + href(locale)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={props.origin + href(DEFAULT_LOCALE)} />
      <nav aria-label={props.label} className="flex items-center gap-1">
        {LOCALES.map((locale) => (
          <a
            key={locale}
            href={href(locale)}
            lang={locale}
            hrefLang={locale}
            aria-current={locale === props.current ? "true" : undefined}
            className="rounded px-2 py-0.5 text-sm underline-offset-2 hover:underline aria-[current]:font-semibold aria-[current]:underline"
          >
            {props.names[locale]}
          </a>
        ))}
      </nav>
    </>
  );
}

function WithQuery(props: Props) {
  return <Links {...props} query={useSearchParams().toString()} />;
}

export function LanguageSwitch(props: Props) {
  // useSearchParams would make a statically rendered page bail out to client rendering without a boundary.
  return (
    <Suspense fallback={<Links {...props} query="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}
