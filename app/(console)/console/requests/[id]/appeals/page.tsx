import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppealForm } from "@/components/console/appeal-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { APPEAL_KINDS, APPEAL_RESULTS } from "@/lib/requests/appeals/schemas";
import { findRequestForUser } from "@/lib/requests/queries";
import { appealResultAction, recordAppealAction } from "./actions";

/**
 * 行政复议 / 行政诉讼 of a request: staff record them, leaders and administrators read them. A refused save keeps
 * what was typed (AppealForm). Cases without a request are on /console/appeals.
 */
export default async function AppealsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser();
  const request = await findRequestForUser(user, id);
  if (!request) notFound();
  const t = await getTranslations("replies.appeals");
  const tr = await getTranslations("replies");
  const canHandle = can(user, "request.handle", request.agencyId);

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")}>
        <Link href={`/console/requests/${request.id}`} className="underline">
          {tr("backToRequest")}
        </Link>
      </PageHeader>
      {request.appeals.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-4" data-testid="appeals">
          {request.appeals.map((a) => (
            <li key={a.id} className="space-y-3 rounded border border-stone-300 bg-white p-4">
              <p className="font-semibold">
                {t(`kinds.${a.kind}`)}　{t("filedOnLine", { date: fromDbDate(a.filedOn) })}
                {a.body ? `　${a.body}` : ""}
              </p>
              <p>
                {t("resultLabel")}：{t(`results.${a.result}`)}
                {a.concludedOn ? `（${fromDbDate(a.concludedOn)}）` : ""}
              </p>
              {a.note ? <p className="text-sm text-stone-700">{a.note}</p> : null}
              {canHandle ? (
                <AppealForm
                  action={appealResultAction.bind(null, request.id, a.id)}
                  label={t("updateResult")}
                  fields={[
                    {
                      name: "result",
                      label: t("resultLabel"),
                      required: true,
                      initial: a.result,
                      options: APPEAL_RESULTS.map((r) => ({ value: r, label: t(`results.${r}`) })),
                    },
                    {
                      name: "concludedOn",
                      label: t("concludedOn"),
                      type: "date",
                      initial: a.concludedOn ? fromDbDate(a.concludedOn) : "",
                    },
                    { name: "note", label: t("note"), multiline: true, initial: a.note },
                  ]}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canHandle ? (
        <section aria-labelledby="new-appeal" className="space-y-3 rounded border border-stone-300 bg-white p-4">
          <h2 id="new-appeal" className="text-lg font-semibold">
            {t("record")}
          </h2>
          <AppealForm
            action={recordAppealAction.bind(null, request.id)}
            label={t("record")}
            testId="record-appeal"
            fields={[
              {
                name: "kind",
                label: t("kind"),
                required: true,
                options: APPEAL_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
              },
              { name: "filedOn", label: t("filedOn"), required: true, type: "date" },
              { name: "body", label: t("body") },
              { name: "note", label: t("note"), multiline: true },
            ]}
          />
        </section>
      ) : null}
    </div>
  );
}
