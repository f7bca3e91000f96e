import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppealForm } from "@/components/console/appeal-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { findAppealForUser } from "@/lib/requests/appeals/queries";
import { APPEAL_RESULTS } from "@/lib/requests/appeals/schemas";
import { updateAgencyAppealAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("appeals"))("detailTitle") };
}

/** One 行政复议/行政诉讼: what it is about and, once concluded, its result; staff update the result here. */
export default async function AppealPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess("request.read");
  const appeal = await findAppealForUser(user, id);
  if (!appeal) notFound();
  const [t, tk] = await Promise.all([getTranslations("appeals"), getTranslations("requestConsole")]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t("detailTitle")}>
        <Link href={`/console/appeals?agency=${appeal.agencyId}`} className="underline">
          {t("backToList")}
        </Link>
      </PageHeader>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded border border-stone-300 bg-white p-4">
        <dt className="font-medium">{t("agency")}</dt>
        <dd>{appeal.agency.name}</dd>
        <dt className="font-medium">{t("subject")}</dt>
        <dd data-testid="appeal-subject">{t(`subjects.${appeal.subject}`)}</dd>
        {appeal.request ? (
          <>
            <dt className="font-medium">{t("request")}</dt>
            <dd>
              <Link href={`/console/requests/${appeal.request.id}`} className="font-mono text-blue-800 underline">
                {appeal.request.trackingCode}
              </Link>
            </dd>
          </>
        ) : (
          <>
            <dt className="font-medium">{t("summary")}</dt>
            <dd className="whitespace-pre-line">{appeal.summary}</dd>
          </>
        )}
        <dt className="font-medium">{t("kind")}</dt>
        <dd>{tk(`appealKinds.${appeal.kind}`)}</dd>
        <dt className="font-medium">{t("filedOn")}</dt>
        <dd className="tabular-nums">{fromDbDate(appeal.filedOn)}</dd>
        <dt className="font-medium">{t("body")}</dt>
        <dd>{appeal.body || "—"}</dd>
        <dt className="font-medium">{t("result")}</dt>
        <dd data-testid="appeal-result">
          {tk(`appealResults.${appeal.result}`)}
          {appeal.concludedOn ? `（${fromDbDate(appeal.concludedOn)}）` : ""}
        </dd>
        {appeal.note ? (
          <>
            <dt className="font-medium">{t("note")}</dt>
            <dd className="whitespace-pre-line">{appeal.note}</dd>
          </>
        ) : null}
      </dl>
      {can(user, "request.handle", appeal.agencyId) ? (
        <section aria-labelledby="appeal-result" className="space-y-3 rounded border border-stone-300 bg-white p-4">
          <h2 id="appeal-result" className="text-lg font-semibold">
            {t("updateTitle")}
          </h2>
          <AppealForm
            action={updateAgencyAppealAction.bind(null, appeal.id)}
            label={t("updateResult")}
            testId="update-agency-appeal"
            fields={[
              {
                name: "result",
                label: t("result"),
                required: true,
                initial: appeal.result,
                options: APPEAL_RESULTS.map((r) => ({ value: r, label: tk(`appealResults.${r}`) })),
              },
              {
                name: "concludedOn",
                label: t("concludedOn"),
                type: "date",
                initial: appeal.concludedOn ? fromDbDate(appeal.concludedOn) : "",
              },
              { name: "note", label: t("note"), multiline: true, initial: appeal.note },
            ]}
          />
        </section>
      ) : null}
      {can(user, "audit.read", appeal.agencyId) ? (
        <p>
          <Link
            href={
              appeal.request
                ? `/console/audit?entityType=request&entityId=${appeal.request.id}`
                : `/console/audit?entityType=appeal&entityId=${appeal.id}`
            }
            className="underline"
          >
            {t("auditTrail")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
