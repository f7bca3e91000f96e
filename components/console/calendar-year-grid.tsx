// Twelve month tables of one year: working days, weekends, holidays (with the festival's name), 调休
// working weekend days, and the administrator's overrides. Colour is never the only signal: each
// day also carries a mark and a description for screen readers.
import { getLocale, getTranslations } from "next-intl/server";
import type { DayInfo } from "@/lib/calendar/working-calendar";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const CELL_CLASS: Record<DayInfo["type"], string> = {
  workday: "bg-white text-stone-900",
  weekend: "bg-stone-100 text-stone-500",
  holiday: "bg-red-50 text-red-800",
  adjustedWorkday: "bg-sky-50 text-sky-900",
};

/** Weeks of a month, Monday first; null pads the first and last week. */
function weeksOf(days: DayInfo[]): (DayInfo | null)[][] {
  const first = new Date(`${days[0].date}T00:00:00Z`).getUTCDay();
  const cells: (DayInfo | null)[] = [...Array<null>((first + 6) % 7).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

export async function CalendarYearGrid({ days }: { days: DayInfo[] }) {
  const [t, locale] = await Promise.all([getTranslations("calendar"), getLocale()]);
  const festival = (day: DayInfo) => (day.festival ? (locale === "zh-CN" ? day.festival.zh : day.festival.en) : null);
  const dayDescription = (day: DayInfo) => {
    const name = festival(day);
    const base =
      day.type === "holiday"
        ? name
          ? t("day.holidayNamed", { name })
          : t("day.holiday")
        : day.type === "adjustedWorkday"
          ? name
            ? t("day.adjustedWorkdayNamed", { name })
            : t("day.adjustedWorkday")
          : t(`day.${day.type}`);
    return day.override ? `${base}；${t("day.override", { note: day.override.note })}` : base;
  };
  const months = Array.from({ length: 12 }, (_, m) => days.filter((d) => Number(d.date.slice(5, 7)) === m + 1));

  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {months.map((monthDays, m) => (
        <table
          // biome-ignore lint/suspicious/noArrayIndexKey: always twelve tables; a month is its position (0 = January)
          key={m}
          className="w-full table-fixed border-collapse border border-stone-300 bg-white text-center text-sm"
        >
          <caption className="py-1 text-left font-semibold">{t("month", { month: m + 1 })}</caption>
          <thead>
            <tr className="bg-stone-50">
              {WEEKDAYS.map((w) => (
                <th key={w} scope="col" className="px-1 py-1 font-medium">
                  <abbr title={t(`weekdaysLong.${w}`)} className="no-underline">
                    {t(`weekdays.${w}`)}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeksOf(monthDays).map((week, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the n-th week of a fixed month; a week is its position
              <tr key={i}>
                {week.map((day, j) =>
                  day === null ? (
                    <td
                      // biome-ignore lint/suspicious/noArrayIndexKey: a blank cell before the 1st or after the last day is its weekday position
                      key={j}
                      className="border border-stone-200"
                    />
                  ) : (
                    <td
                      key={day.date}
                      title={dayDescription(day)}
                      data-date={day.date}
                      data-type={day.type}
                      className={`h-12 border border-stone-200 px-0.5 align-top ${CELL_CLASS[day.type]} ${day.override ? "outline-2 -outline-offset-2 outline-amber-500" : ""}`}
                    >
                      <span className="block font-medium">
                        {Number(day.date.slice(8))}
                        {day.override ? (
                          <span aria-hidden="true" className="text-amber-700">
                            *
                          </span>
                        ) : null}
                      </span>
                      <span aria-hidden="true" className="block truncate text-[0.7rem] leading-tight">
                        {day.type === "holiday"
                          ? (festival(day) ?? t("day.markOff"))
                          : day.type === "adjustedWorkday"
                            ? t("day.markWork")
                            : null}
                      </span>
                      <span className="sr-only">{dayDescription(day)}</span>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

export async function CalendarLegend() {
  const t = await getTranslations("calendar.legend");
  const entries: [string, string][] = [
    [CELL_CLASS.workday, t("workday")],
    [CELL_CLASS.weekend, t("weekend")],
    [CELL_CLASS.holiday, t("holiday")],
    [CELL_CLASS.adjustedWorkday, t("adjustedWorkday")],
    ["bg-white outline-2 -outline-offset-2 outline-amber-500", t("override")],
  ];
  return (
    <section aria-labelledby="calendar-legend" className="flex flex-wrap items-center gap-3 text-sm">
      <h2 id="calendar-legend" className="font-semibold">
        {t("heading")}
      </h2>
      <ul className="flex flex-wrap gap-3">
        {entries.map(([cls, label]) => (
          <li key={label} className="flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-4 w-6 border border-stone-300 ${cls}`} />
            {label}
          </li>
        ))}
      </ul>
    </section>
  );
}
