import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/console/action-form";
import { DataTable } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { chinaToday, fromDbDate, yearOf } from "@/lib/calendar/calendar-date";
import { listComplaintAgencies, listComplaints } from "@/lib/complaints/queries";
import { COMPLAINT_KINDS, ZComplaintYear } from "@/lib/complaints/schemas";
import { recordComplaintAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("complaints"))("title") };
}

type Search = { agency?: string; year?: string };

/** 行政申诉、举报 of one agency (picked when the user has several), by the year received; staff record new ones here. */
export default async function ComplaintsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageAccess("complaint.read");
  const search = await searchParams;
  const [t, tc, agencies] = await Promise.all([
    getTranslations("complaints"),
    getTranslations("common"),
    listComplaintAgencies(user),
  ]);
  const agency = agencies.find((a) => a.id === search.agency) ?? agencies[0];
  const parsedYear = ZComplaintYear.safeParse(search.year);
  const year = parsedYear.success ? parsedYear.data : undefined;
  const complaints = agency ? await listComplaints(user, { agencyId: agency.id, year }) : [];
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
          <p className="text-sm text-stone-700" data-testid="complaint-count">
            {t("count", { count: complaints.length })}
          </p>
          {complaints.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <DataTable headers={[t("receivedOn"), t("kind"), t("summary"), t("handledOn")]} testId="complaints">
              {complaints.map((c) => (
                <tr key={c.id} className="border-b border-stone-200 align-top">
                  <td className="px-3 py-2 tabular-nums">{fromDbDate(c.receivedOn)}</td>
                  <td className="px-3 py-2">{t(`kinds.${c.kind}`)}</td>
                  <td className="px-3 py-2">
                    <Link href={`/console/complaints/${c.id}`} className="text-blue-800 underline">
                      {c.summary}
                    </Link>
                  </td>
                  <td className="px-3 py-2 tabular-nums">
                    {c.handledOn ? fromDbDate(c.handledOn) : <span className="text-amber-800">{t("pending")}</span>}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          {can(user, "complaint.record", agency.id) ? (
            <section
              aria-labelledby="new-complaint"
              className="max-w-2xl space-y-3 rounded border border-stone-300 bg-white p-4"
            >
              <h2 id="new-complaint" className="text-lg font-semibold">
                {t("newTitle", { agency: agency.name })}
              </h2>
              <ActionForm
                key={agency.id}
                action={recordComplaintAction.bind(null, agency.id)}
                label={t("record")}
                testId="record-complaint"
                fields={[
                  {
                    name: "kind",
                    label: t("kind"),
                    required: true,
                    options: COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
                  },
                  { name: "receivedOn", label: t("receivedOn"), required: true, type: "date" },
                  { name: "summary", label: t("summary"), required: true, multiline: true },
                ]}
              />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
