import NextLink from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/portal/language-switch";
import { Link } from "@/components/portal/link";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { DisplayPreferences } from "./display-preferences";

const NAV = [
  { href: "/", key: "home" },
  { href: "/guide", key: "guide" },
  { href: "/catalogue", key: "catalogue" },
  { href: "/search", key: "search" },
  { href: "/requests", key: "requests" },
  { href: "/reports", key: "reports" },
] as const;

/** The canonical origin for absolute hreflang links. Never the request's Host: a page cached by URL would keep it. */
function canonicalOrigin(): string {
  try {
    return new URL(process.env.NEXTAUTH_URL?.trim() ?? "").origin;
  } catch {
    return "";
  }
}

export async function PortalHeader({ governmentName }: { governmentName: string }) {
  const [t, tc, locale] = await Promise.all([getTranslations("portal"), getTranslations("common"), getLocale()]);
  return (
    <header className="no-print bg-gov-red text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 pt-4">
        <Link href="/" className="text-2xl font-bold tracking-wide sm:text-3xl">
          {governmentName}
          <span className="mt-1 block text-base font-normal tracking-normal opacity-90">{t("home.title")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <DisplayPreferences />
          <LanguageSwitch
            current={isLocale(locale) ? locale : LOCALES[0]}
            label={tc("language")}
            names={
              Object.fromEntries(LOCALES.map((l) => [l, tc(`languages.${l}`)])) as Record<
                (typeof LOCALES)[number],
                string
              >
            }
            origin={canonicalOrigin()}
          />
          {/* The sign-in page is private: its language is the visitor's cookie choice, not the URL's. */}
          <NextLink href="/login" className="underline underline-offset-2">
            {t("staffSignIn")}
          </NextLink>
        </div>
      </div>
      <nav aria-label={t("nav.label")} className="mx-auto mt-3 max-w-6xl px-2">
        <ul className="flex flex-wrap">
          {NAV.map((item) => (
            <li key={item.key}>
              <Link href={item.href} className="block px-3 py-2 text-base font-medium hover:bg-gov-red-dark sm:px-4">
                {t(`nav.${item.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
