import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/locale-actions";
import { LOCALES } from "@/lib/i18n/locales";

export async function LocaleSwitcher({ className = "" }: { className?: string }) {
  const t = await getTranslations("common");
  const current = await getLocale();
  return (
    <form action={setLocale} className={`flex items-center gap-1 ${className}`} aria-label={t("language")}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded px-2 py-0.5 text-sm underline-offset-2 hover:underline aria-pressed:font-semibold aria-pressed:underline"
        >
          {t(`languages.${locale}`)}
        </button>
      ))}
    </form>
  );
}
