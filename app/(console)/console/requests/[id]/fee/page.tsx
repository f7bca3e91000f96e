import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/console/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { feeSuggestions } from "@/lib/requests/fees/record-fee-notice";
import type { FeeBreakdownRow } from "@/lib/requests/fees/processing-fee";
import { findRequestForUser } from "@/lib/requests/queries";
import { feeLapsedAction, feePaidAction, sendFeeNoticeAction } from "./actions";

export default async function FeePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ pages?: string }>;
}) {
  const [{ id }, { pages: pagesParam }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser();
  const request = await findRequestForUser(user, id);
  if (!request) notFound();
  const t = await getTranslations("replies.fee");
  const tr = await getTranslations("replies");
  const tc = await getTranslations("requestConsole");
  const pages = pagesParam && /^\d{1,6}$/.test(pagesParam) ? Number(pagesParam) : null;
  const suggestion = await feeSuggestions(request, pages);
  const canHandle = can(user, "request.handle", request.agencyId);
  const pending = request.fees.find((f) => !f.paidOn && !f.lapsedOn);
  const open = request.state !== "CLOSED";

  const breakdown = (rows: FeeBreakdownRow[], unit: string) => (
    <table className="w-full border-collapse bg-white text-sm">
      <thead>
        <tr className="border-b border-stone-300">
          <th scope="col" className="px-3 py-2 text-left">
            {t("band")}
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            {t("unitPrice")}
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            {t("count")}
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            {t("subtotal")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.from} className="border-b border-stone-200">
            <td className="px-3 py-2">{t("bandRange", { from: row.from, to: row.to, unit })}</td>
            <td className="px-3 py-2 text-right">{t("yuan", { amount: row.unitYuan })}</td>
            <td className="px-3 py-2 text-right">{row.count}</td>
            <td className="px-3 py-2 text-right">{t("yuan", { amount: row.subtotalYuan })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const dates = [
    { name: "noticedOn", label: t("noticedOn"), required: true, type: "date" as const },
    // The 20 working days to pay run from the day after the applicant received the notice (国办函〔2020〕109号).
    { name: "receivedOn", label: tc("feeReceivedOn"), type: "date" as const },
    { name: "paymentDeadline", label: tc("feePaymentDeadline"), required: true, type: "date" as const },
    { name: "amountYuan", label: t("amountYuan") },
  ];

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")}>
        <Link href={`/console/requests/${request.id}`} className="underline">
          {tr("backToRequest")}
        </Link>
      </PageHeader>
      <p className="text-stone-700">{t("intro")}</p>

      {request.fees.length ? (
        <section aria-labelledby="notices" className="space-y-2">
          <h2 id="notices" className="text-lg font-semibold">
            {t("notices")}
          </h2>
          <ul className="space-y-1" data-testid="fee-notices">
            {request.fees.map((f) => (
              <li key={f.id}>
                {t(`methods.${f.method}`)}　{t("yuan", { amount: f.amountYuan })}　
                {f.method === "PER_PAGE" ? t("pagesN", { pages: f.pages ?? 0 }) : t("nthN", { n: f.nthInMonth ?? 0 })}　
                {t("noticeLine", { noticedOn: fromDbDate(f.noticedOn), deadline: fromDbDate(f.paymentDeadline) })}　
                {f.paidOn
                  ? t("paidOn", { date: fromDbDate(f.paidOn) })
                  : f.lapsedOn
                    ? t("lapsedOn", { date: fromDbDate(f.lapsedOn) })
                    : t("unpaid")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="per-request" className="space-y-3 rounded border border-stone-300 bg-white p-4">
        <h2 id="per-request" className="text-lg font-semibold">
          {t("methods.PER_REQUEST")}
        </h2>
        <p data-testid="per-request-suggestion">
          {t("perRequestSuggestion", { n: suggestion.perRequest.nthInMonth, amount: suggestion.perRequest.amountYuan })}
        </p>
        {breakdown(suggestion.perRequest.breakdown, t("unitRequest"))}
        {canHandle && open && !request.fees.length && suggestion.perRequest.amountYuan > 0 ? (
          <ActionForm
            action={sendFeeNoticeAction.bind(null, request.id, "PER_REQUEST")}
            label={t("send")}
            fields={dates}
            testId="fee-per-request"
          />
        ) : null}
      </section>

      <section aria-labelledby="per-page" className="space-y-3 rounded border border-stone-300 bg-white p-4">
        <h2 id="per-page" className="text-lg font-semibold">
          {t("methods.PER_PAGE")}
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t("pages")}</span>
            <input
              name="pages"
              type="number"
              min={1}
              defaultValue={pages ?? ""}
              className="rounded border border-stone-400 px-3 py-2"
            />
          </label>
          <button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2">
            {t("compute")}
          </button>
        </form>
        {suggestion.perPage ? (
          <>
            <p data-testid="per-page-suggestion">
              {t("perPageSuggestion", { pages: pages ?? 0, amount: suggestion.perPage.amountYuan })}
            </p>
            {breakdown(suggestion.perPage.breakdown, t("unitPage"))}
          </>
        ) : null}
        {canHandle && open && !request.fees.length ? (
          <ActionForm
            action={sendFeeNoticeAction.bind(null, request.id, "PER_PAGE")}
            label={t("send")}
            fields={[{ name: "pages", label: t("pages"), required: true }, ...dates]}
            testId="fee-per-page"
          />
        ) : null}
      </section>
      <p className="text-sm text-stone-600">{t("neverBoth")}</p>

      {pending && canHandle && open ? (
        <section aria-labelledby="pending" className="grid gap-4 md:grid-cols-2">
          <h2 id="pending" className="sr-only">
            {t("pending")}
          </h2>
          <ActionForm
            action={feePaidAction.bind(null, request.id)}
            label={t("markPaid")}
            fields={[{ name: "paidOn", label: t("paidOnLabel"), required: true, type: "date" }]}
            testId="fee-paid"
          />
          <ActionForm
            action={feeLapsedAction.bind(null, request.id)}
            label={t("markLapsed")}
            variant="danger"
            fields={[{ name: "on", label: t("lapsedOnLabel"), required: true, type: "date" }]}
            testId="fee-lapsed"
          />
        </section>
      ) : null}
    </div>
  );
}
