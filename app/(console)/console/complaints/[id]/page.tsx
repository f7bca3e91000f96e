import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/console/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { findComplaintForUser } from "@/lib/complaints/queries";
import { recordComplaintOutcomeAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("complaints"))("detailTitle") };
}

/** One 行政申诉/举报: what was received and, once handled, the outcome; staff record the outcome here. */
export default async function ComplaintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess("complaint.read");
  const complaint = await findComplaintForUser(user, id);
  if (!complaint) notFound();
  const t = await getTranslations("complaints");
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t("detailTitle")}>
        <Link href={`/console/complaints?agency=${complaint.agencyId}`} className="underline">
          {t("backToList")}
        </Link>
      </PageHeader>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded border border-stone-300 bg-white p-4">
        <dt className="font-medium">{t("agency")}</dt>
        <dd>{complaint.agency.name}</dd>
        <dt className="font-medium">{t("kind")}</dt>
        <dd>{t(`kinds.${complaint.kind}`)}</dd>
        <dt className="font-medium">{t("receivedOn")}</dt>
        <dd className="tabular-nums">{fromDbDate(complaint.receivedOn)}</dd>
        <dt className="font-medium">{t("summary")}</dt>
        <dd className="whitespace-pre-line">{complaint.summary}</dd>
        <dt className="font-medium">{t("handledOn")}</dt>
        <dd className="tabular-nums" data-testid="complaint-handled-on">
          {complaint.handledOn ? fromDbDate(complaint.handledOn) : t("pending")}
        </dd>
        {complaint.handledOn ? (
          <>
            <dt className="font-medium">{t("result")}</dt>
            <dd className="whitespace-pre-line">{complaint.result}</dd>
          </>
        ) : null}
      </dl>
      {!complaint.handledOn && can(user, "complaint.record", complaint.agencyId) ? (
        <section aria-labelledby="outcome" className="space-y-3 rounded border border-stone-300 bg-white p-4">
          <h2 id="outcome" className="text-lg font-semibold">
            {t("outcomeTitle")}
          </h2>
          <ActionForm
            action={recordComplaintOutcomeAction.bind(null, complaint.id)}
            label={t("recordOutcome")}
            testId="record-complaint-outcome"
            fields={[
              { name: "handledOn", label: t("handledOn"), required: true, type: "date" },
              { name: "result", label: t("result"), required: true, multiline: true },
            ]}
          />
        </section>
      ) : null}
      {can(user, "audit.read", complaint.agencyId) ? (
        <p>
          <Link href={`/console/audit?entityType=complaint&entityId=${complaint.id}`} className="underline">
            {t("auditTrail")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
