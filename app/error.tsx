"use client";
import { useTranslations } from "next-intl";

// A page that failed to render. The digest is the reference a visitor can quote: the server logs it with
// the request id and the stack (instrumentation.ts → onRequestError).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="mt-3 text-stone-700">{t("errorBody")}</p>
      {error.digest ? (
        <p className="mt-3 text-sm text-stone-600">
          {t("errorReference")}: <code data-testid="error-reference">{error.digest}</code>
        </p>
      ) : null}
      <button type="button" onClick={reset} className="mt-6 rounded border border-stone-400 px-4 py-2">
        {t("retry")}
      </button>
    </main>
  );
}
