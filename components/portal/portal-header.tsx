import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { DisplayPreferences } from "./display-preferences";

const NAV = [
  { href: "/", key: "home" },
  { href: "/guide", key: "guide" },
  { href: "/catalogue", key: "catalogue" },
  { href: "/search", key: "search" },
  { href: "/requests", key: "requests" },
  { href: "/reports", key: "reports" },
] as const;

export async function PortalHeader({ governmentName }: { governmentName: string }) {
  const t = await getTranslations("portal");
  return (
    <header className="no-print bg-gov-red text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 pt-4">
        <Link href="/" className="text-2xl font-bold tracking-wide sm:text-3xl">
          {governmentName}
          <span className="mt-1 block text-base font-normal tracking-normal opacity-90">{t("home.title")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <DisplayPreferences />
          <LocaleSwitcher />
          <Link href="/login" className="underline underline-offset-2">
            {t("staffSignIn")}
          </Link>
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
