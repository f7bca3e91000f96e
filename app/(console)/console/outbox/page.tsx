import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/console/action-form";
import { OutboxStatusBadge } from "@/components/console/outbox-status-badge";
import { DateTime } from "@/components/ui/date-time";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { mailSetupFromEnv } from "@/lib/email/mail-config";
import { isOutboxStatus, listOutboxForUser, OUTBOX_STATUSES, outboxCounts } from "@/lib/email/queries";
import { resendEmailAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("outbox"))("title") };
}

type Search = { status?: string; before?: string };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageAccess("outbox.read");
  const filter = await searchParams;
  const status = isOutboxStatus(filter.status) ? filter.status : undefined;
  const before = typeof filter.before === "string" ? filter.before : undefined;
  const [t, tc, { emails, nextBefore }, counts] = await Promise.all([
    getTranslations("outbox"),
    getTranslations("common"),
    listOutboxForUser(user, { status, before }),
    outboxCounts(user),
  ]);
  const setup = mailSetupFromEnv();
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} />
      <p className="max-w-3xl text-stone-700">{t("intro")}</p>
      {setup.configured ? (
        <p role="status" className="rounded border border-stone-300 bg-white px-3 py-2">
          {t("configured", { server: `${setup.config.smtp.host}:${setup.config.smtp.port}`, from: setup.config.from })}
        </p>
      ) : (
        <p
          role="alert"
          className="rounded border border-amber-700 bg-amber-50 px-3 py-2"
          data-testid="mail-not-configured"
        >
          {t(setup.reason === "noServer" ? "notConfigured" : setup.reason)}
        </p>
      )}
      <p>{t("counts", { pending: counts.PENDING, sent: counts.SENT, failed: counts.FAILED })}</p>
      <form className="flex flex-wrap items-end gap-3" role="search">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-status" className="text-sm font-medium">
            {t("filterStatus")}
          </label>
          <select id="filter-status" name="status" defaultValue={status ?? ""} className={inputClass}>
            <option value="">{tc("all")}</option>
            {OUTBOX_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2">
          {tc("search")}
        </button>
      </form>
      {emails.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          headers={[
            t("columnCreated"),
            t("columnAgency"),
            t("columnRecipient"),
            t("columnSubject"),
            t("columnStatus"),
            t("columnAttempts"),
            t("columnLastError"),
          ]}
        >
          {emails.map((email) => (
            <tr key={email.id} className="border-b border-stone-200 align-top" data-testid={`outbox-${email.id}`}>
              <td className="px-3 py-2 text-sm">
                <DateTime value={email.createdAt} />
              </td>
              <td className="px-3 py-2 text-sm">{email.agencyName ?? t("platform")}</td>
              <td className="px-3 py-2 text-sm break-all">{email.toAddress}</td>
              <td className="px-3 py-2">
                {email.subject}
                {email.body !== null ? (
                  <details className="mt-1 text-sm">
                    <summary className="cursor-pointer text-blue-800">{t("body")}</summary>
                    <pre className="mt-1 whitespace-pre-wrap font-sans text-stone-700">{email.body}</pre>
                  </details>
                ) : null}
              </td>
              <td className="px-3 py-2 text-sm">
                <OutboxStatusBadge status={email.status} label={t(`status${email.status}`)} />
                {email.status === "PENDING" && email.attempts > 0 ? (
                  <div className="mt-1 text-stone-600">
                    {t("nextAttempt")}
                    <DateTime value={email.nextAttemptAt} />
                  </div>
                ) : null}
                {email.sentAt ? (
                  <div className="mt-1 text-stone-600">
                    {t("sentAt")}
                    <DateTime value={email.sentAt} />
                  </div>
                ) : null}
              </td>
              <td className="px-3 py-2 text-sm">{email.attempts}</td>
              <td className="px-3 py-2 text-sm">
                {email.lastError ? <code className="break-all text-red-800">{email.lastError}</code> : null}
                {email.status === "FAILED" ? (
                  <div className="mt-2">
                    <ActionForm
                      action={resendEmailAction.bind(null, email.id)}
                      label={t("resend")}
                      variant="secondary"
                      testId={`resend-${email.id}`}
                    />
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {nextBefore ? (
        <Link
          href={`/console/outbox?${new URLSearchParams({ ...(status ? { status } : {}), before: nextBefore })}`}
          className="inline-block text-blue-800 underline"
        >
          {t("nextPage")}
        </Link>
      ) : null}
    </div>
  );
}
