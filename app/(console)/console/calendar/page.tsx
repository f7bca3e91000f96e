import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  CalendarOverrideForm,
  ConfirmCalendarYearForm,
  RemoveCalendarOverrideForm,
} from "@/components/console/calendar-forms";
import { CalendarLegend, CalendarYearGrid } from "@/components/console/calendar-year-grid";
import { DateTime } from "@/components/ui/date-time";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { chinaToday, datesOfYear, yearOf } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { FIRST_OFFICIAL_YEAR } from "@/lib/calendar/official-calendar";
import { findCalendarYear, listCalendarOverrides } from "@/lib/calendar/queries";
import { confirmYearAction, removeOverrideAction, setOverrideAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("calendar"))("title") };
}

/** Years the page shows: from the first year of official data to a few years ahead. */
function chosenYear(value: unknown, current: number): number {
  const year = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : current;
  return year >= FIRST_OFFICIAL_YEAR && year <= current + 5 ? year : current;
}

const STATUS_CLASS = {
  official: "border-green-700 bg-green-50 text-green-900",
  confirmed: "border-green-700 bg-green-50 text-green-900",
  provisional: "border-amber-600 bg-amber-50 text-amber-900",
  unavailable: "border-stone-400 bg-stone-50 text-stone-800",
} as const;

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const user = await requirePageAccess("calendar.manage");
  const today = chinaToday();
  const current = yearOf(today);
  const year = chosenYear((await searchParams).year, current);
  const [t, calendar, overrides, confirmation] = await Promise.all([
    getTranslations("calendar"),
    loadWorkingCalendar(),
    listCalendarOverrides(user, year),
    findCalendarYear(user, year),
  ]);
  const status = calendar.yearStatus(year);
  const days = datesOfYear(year).map((date) => calendar.dayInfo(date));

  return (
    <div className="space-y-8">
      <PageHeader title={`${t("title")} · ${t("yearTitle", { year })}`} />
      <p className="max-w-3xl text-stone-700">{t("intro")}</p>

      <nav aria-label={t("yearNav")} className="flex flex-wrap items-end gap-3">
        {year > FIRST_OFFICIAL_YEAR ? (
          <Link
            href={`/console/calendar?year=${year - 1}`}
            className="rounded border border-stone-400 bg-white px-3 py-2 hover:bg-stone-100"
          >
            {t("previousYear", { year: year - 1 })}
          </Link>
        ) : null}
        {year !== current ? (
          <Link
            href="/console/calendar"
            className="rounded border border-stone-400 bg-white px-3 py-2 hover:bg-stone-100"
          >
            {t("thisYear")}
          </Link>
        ) : null}
        {year < current + 5 ? (
          <Link
            href={`/console/calendar?year=${year + 1}`}
            className="rounded border border-stone-400 bg-white px-3 py-2 hover:bg-stone-100"
          >
            {t("nextYear", { year: year + 1 })}
          </Link>
        ) : null}
        <form className="flex items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="calendar-year" className="text-sm font-medium">
              {t("yearInput")}
            </label>
            <input
              id="calendar-year"
              name="year"
              type="number"
              min={FIRST_OFFICIAL_YEAR}
              max={current + 5}
              defaultValue={year}
              className={`${inputClass} w-28`}
            />
          </div>
          <button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2">
            {t("show")}
          </button>
        </form>
      </nav>

      <section
        aria-labelledby="calendar-status"
        className={`space-y-1 rounded border px-4 py-3 ${STATUS_CLASS[status]}`}
      >
        <h2 id="calendar-status" className="text-sm font-medium">
          {t("status.heading")}
        </h2>
        <p className="text-lg font-semibold" data-status={status}>
          {t(`status.${status}`)}
        </p>
        {status === "provisional" ? <p className="text-sm">{t("status.provisionalHint")}</p> : null}
        {status === "confirmed" && confirmation ? (
          <p className="text-sm">{t("status.confirmedNote", { note: confirmation.note })}</p>
        ) : null}
      </section>

      <CalendarLegend />
      <CalendarYearGrid days={days} />

      <section aria-labelledby="calendar-overrides" className="space-y-3">
        <h2 id="calendar-overrides" className="text-lg font-semibold">
          {t("overrides.heading")}
        </h2>
        {overrides.length === 0 ? (
          <p>{t("overrides.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left">
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="px-3 py-2">
                    {t("overrides.date")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("overrides.kind")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("overrides.note")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("overrides.createdBy")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("overrides.createdAt")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t("overrides.remove")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {overrides.map((o) => (
                  <tr key={o.date} className="border-b border-stone-200">
                    <th scope="row" className="px-3 py-2 font-medium">
                      <time dateTime={o.date}>{o.date}</time>
                    </th>
                    <td className="px-3 py-2">{t(`kinds.${o.kind}`)}</td>
                    <td className="px-3 py-2">{o.note}</td>
                    <td className="px-3 py-2">{o.createdBy ?? "—"}</td>
                    <td className="px-3 py-2 text-sm">
                      <DateTime value={o.createdAt} />
                    </td>
                    <td className="px-3 py-2">
                      <RemoveCalendarOverrideForm action={removeOverrideAction} date={o.date} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="calendar-add" className="space-y-3">
        <h2 id="calendar-add" className="text-lg font-semibold">
          {t("add.heading")}
        </h2>
        <CalendarOverrideForm action={setOverrideAction} defaultDate={year === current ? today : `${year}-01-01`} />
      </section>

      <section aria-labelledby="calendar-confirm" className="space-y-3">
        <h2 id="calendar-confirm" className="text-lg font-semibold">
          {t("confirm.heading")}
        </h2>
        {status === "provisional" ? (
          <>
            <p className="max-w-3xl text-stone-700">{t("confirm.hint")}</p>
            <ConfirmCalendarYearForm action={confirmYearAction} year={year} />
          </>
        ) : status === "confirmed" ? (
          <p>{t("status.confirmed")}</p>
        ) : (
          <p>{t("confirm.notNeeded")}</p>
        )}
      </section>
    </div>
  );
}
