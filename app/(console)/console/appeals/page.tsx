import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppealForm } from "@/components/console/appeal-form";
import { DataTable } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { chinaToday, fromDbDate, yearOf } from "@/lib/calendar/calendar-date";
import { listAppealAgencies, listAppeals } from "@/lib/requests/appeals/queries";
import { APPEAL_KINDS, APPEAL_SUBJECTS_WITHOUT_REQUEST, ZAppealYear } from "@/lib/requests/appeals/schemas";
import { recordAgencyAppealAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("appeals"))("title") };
}

type Search = { agency?: string; year?: string };

/**
 * 行政复议 / 行政诉讼 against one agency (picked when the user has several): every case, with or without a
 * request; staff record here the cases that are not about a request (未依法主动公开, 更正, other).
 */
export default async function AppealsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageAccess("request.read");
  const search = await searchParams;
  const [t, tc, tk, agencies] = await Promise.all([
    getTranslations("appeals"),
    getTranslations("common"),
    getTranslations("requestConsole"),
    listAppealAgencies(user),
  ]);
  const agency = agencies.find((a) => a.id === search.agency) ?? agencies[0];
  const parsedYear = ZAppealYear.safeParse(search.year);
  const year = parsedYear.success ? parsedYear.data : undefined;
  const appeals = agency ? await listAppeals(user, { agencyId: agency.id, year }) : [];
  const thisYear = yearOf(chinaToday());
  const years = Array.from({ length: thisYear - 2007 }, (_, i) => thisYear - i);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      <p className="max-w-3xl text-stone-700">{t("intro")}</p>
      {!agency ? (
        <p>{t("noAgency")}</p>
      ) : (
        <>
          <form className="flex flex-wrap items-end gap-3" role="search">
            {agencies.length > 1 ? (
              <div className="flex flex-col gap-1">
                <label htmlFor="filter-agency" className="text-sm font-medium">
                  {t("agency")}
                </label>
                <select id="filter-agency" name="agency" defaultValue={agency.id} className={inputClass}>
                  {agencies.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <input type="hidden" name="agency" value={agency.id} />
            )}
            <div className="flex flex-col gap-1">
              <label htmlFor="filter-year" className="text-sm font-medium">
                {t("year")}
              </label>
              <select id="filter-year" name="year" defaultValue={year ? String(year) : ""} className={inputClass}>
                <option value="">{tc("all")}</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {t("yearOption", { year: y })}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2">
              {tc("search")}
            </button>
          </form>
          <p className="text-sm text-stone-700" data-testid="appeal-count">
            {t("count", { count: appeals.length })}
          </p>
          {appeals.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <DataTable
              headers={[t("filedOn"), t("kind"), t("subject"), t("summary"), t("result")]}
              testId="agency-appeals"
            >
              {appeals.map((a) => (
                <tr key={a.id} className="border-b border-stone-200 align-top">
                  <td className="px-3 py-2 tabular-nums">{fromDbDate(a.filedOn)}</td>
                  <td className="px-3 py-2">{tk(`appealKinds.${a.kind}`)}</td>
                  <td className="px-3 py-2">{t(`subjects.${a.subject}`)}</td>
                  <td className="px-3 py-2">
                    <Link href={`/console/appeals/${a.id}`} className="text-blue-800 underline">
                      {a.request ? a.request.trackingCode : a.summary}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    {tk(`appealResults.${a.result}`)}
                    {a.concludedOn ? `（${fromDbDate(a.concludedOn)}）` : ""}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          {can(user, "request.handle", agency.id) ? (
            <section
              aria-labelledby="new-appeal"
              className="max-w-2xl space-y-3 rounded border border-stone-300 bg-white p-4"
            >
              <h2 id="new-appeal" className="text-lg font-semibold">
                {t("newTitle", { agency: agency.name })}
              </h2>
              <AppealForm
                key={agency.id}
                action={recordAgencyAppealAction.bind(null, agency.id)}
                label={t("record")}
                testId="record-agency-appeal"
                fields={[
                  {
                    name: "subject",
                    label: t("subject"),
                    required: true,
                    options: APPEAL_SUBJECTS_WITHOUT_REQUEST.map((s) => ({ value: s, label: t(`subjects.${s}`) })),
                  },
                  { name: "summary", label: t("summary"), required: true, multiline: true },
                  {
                    name: "kind",
                    label: t("kind"),
                    required: true,
                    options: APPEAL_KINDS.map((k) => ({ value: k, label: tk(`appealKinds.${k}`) })),
                  },
                  { name: "filedOn", label: t("filedOn"), required: true, type: "date" },
                  { name: "body", label: t("body") },
                  { name: "note", label: t("note"), multiline: true },
                ]}
              />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
