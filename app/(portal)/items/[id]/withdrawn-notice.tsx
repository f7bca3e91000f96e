import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/portal/link";
import { formatDate } from "@/lib/i18n/format-date";

type Notice = { indexNumber: string; title: string; withdrawnAt: Date };

/**
 * The page of a withdrawn (已撤回) item: what it was and when it was withdrawn, nothing of its content. The app's
 * server answers it with 410 Gone (lib/http/gone-items.ts): App Router pages cannot choose their status.
 */
export async function WithdrawnNotice({ notice }: { notice: Notice }) {
  const [t, locale] = await Promise.all([getTranslations("withdrawnItem"), getLocale()]);
  const date = formatDate(locale, notice.withdrawnAt);
  return (
    <article className="mx-auto max-w-3xl space-y-4" data-testid="withdrawn-notice">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p role="note" className="rounded border-2 border-stone-700 bg-stone-100 px-3 py-2 font-semibold">
        {t("notice", { date })}
      </p>
      <table className="w-full border-collapse border border-stone-300 bg-white text-sm">
        <tbody>
          {(
            [
              [t("indexNumber"), notice.indexNumber],
              [t("itemTitle"), notice.title],
              [t("statusLabel"), t("status")],
              [t("withdrawnOn"), date],
            ] as const
          ).map(([label, value]) => (
            <tr key={label} className="border-b border-stone-300">
              <th scope="row" className="w-28 bg-stone-100 px-3 py-2 text-left font-medium">
                {label}
              </th>
              <td className="px-3 py-2">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link href="/catalogue" className="text-blue-800 underline">
          {t("catalogue")}
        </Link>
      </p>
    </article>
  );
}
