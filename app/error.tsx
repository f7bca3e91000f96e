"use client";
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="mt-3 text-stone-700">{t("errorBody")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded border border-stone-400 px-4 py-2">
        {t("retry")}
      </button>
    </main>
  );
}
