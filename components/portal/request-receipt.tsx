"use client";
// The receipt (回执) of an online request, shown once on the page that submitted it — never at a URL
// someone could guess. Only the applicant sees it; it holds no personal data beyond the tracking code.
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import "./request-receipt.css";

export type RequestReceipt = {
  trackingCode: string;
  agencyName: string;
  receivedOn: string;
  dueOn: string | null;
  dueProvisional: boolean;
  fileCount: number;
  emailed: boolean;
};

export type RequestFormState = FormState & { receipt?: RequestReceipt };

// Printing shows the receipt alone: the rest of the page (header, navigation, footer) is hidden.

export function RequestReceiptView({ receipt }: { receipt: RequestReceipt }) {
  const t = useTranslations("requestPortal.receipt");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section
      id="request-receipt"
      aria-labelledby="receipt-title"
      className="max-w-3xl space-y-4 rounded border border-stone-300 bg-white p-4 sm:p-6"
    >
      <h1 id="receipt-title" ref={heading} tabIndex={-1} className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
        {t("lead")}
      </p>
      <div>
        <p className="text-stone-600">{t("trackingCode")}</p>
        <p className="font-mono text-3xl font-bold tracking-wider break-all sm:text-4xl" data-testid="tracking-code">
          {receipt.trackingCode}
        </p>
        <p className="mt-1 text-sm text-stone-700">{t("trackingCodeHint")}</p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-stone-600">{t("agency")}</dt>
        <dd>{receipt.agencyName}</dd>
        <dt className="text-stone-600">{t("receivedOn")}</dt>
        <dd>{receipt.receivedOn}</dd>
        <dt className="text-stone-600">{t("dueOn")}</dt>
        <dd data-testid="due-on">
          {receipt.dueOn ?? t("noDue")}
          {receipt.dueOn && receipt.dueProvisional ? `（${t("provisional")}）` : null}
          {receipt.dueOn && receipt.dueProvisional ? (
            <span className="block text-sm text-stone-600">{t("provisionalHint")}</span>
          ) : null}
        </dd>
        {receipt.fileCount > 0 ? (
          <>
            <dt className="text-stone-600">{t("files")}</dt>
            <dd>{t("filesCount", { count: receipt.fileCount })}</dd>
          </>
        ) : null}
      </dl>
      <div>
        <h2 className="text-lg font-semibold">{t("nextTitle")}</h2>
        <ul className="list-disc space-y-1 pl-6 text-stone-700">
          <li>{t("next1")}</li>
          <li>{t("next2")}</li>
          <li>{t("next3")}</li>
        </ul>
        <p className="mt-2 font-medium text-stone-800" data-testid="receipt-mail">
          {receipt.emailed ? t("emailed") : t("keepCode")}
        </p>
      </div>
      <p className="text-sm text-stone-700">{t("basis")}</p>
      <div className="no-print flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded bg-gov-red px-4 py-2 font-medium text-white hover:bg-gov-red-dark"
        >
          {t("print")}
        </button>
        <Link
          href="/requests/track"
          className="rounded border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-100"
        >
          {t("track")}
        </Link>
        <Link href="/requests" className="px-1 py-2 text-gov-red underline underline-offset-2">
          {t("another")}
        </Link>
      </div>
    </section>
  );
}
