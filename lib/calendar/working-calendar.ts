// 工作日 working days: the official calendar (chinese-days) corrected by the administrator's overrides.
// Pure and synchronous: build one calendar per call site (loadWorkingCalendar) and count on it.
//
// Convention (DOMAIN §5): the day of receipt is day 0; day 1 is the next working day, so a request
// received on a holiday or a weekend starts counting on the first working day after it.
import { dayOfWeek, fromDayNumber, toDayNumber, yearOf, type CalendarDate } from "./calendar-date";
import {
  FIRST_OFFICIAL_YEAR,
  LAST_OFFICIAL_YEAR,
  OFFICIAL_HOLIDAYS,
  OFFICIAL_WORKDAYS,
  type FestivalName,
} from "./official-calendar";
import { statutoryHolidays } from "./statutory-holidays";

export type DayKind = "HOLIDAY" | "WORKDAY";
export type CalendarOverrideEntry = { date: CalendarDate; kind: DayKind; note: string };

/** How a day is classified, and why. */
export type DayInfo = {
  date: CalendarDate;
  working: boolean;
  /** workday: Monday–Friday; weekend; holiday: 放假; adjustedWorkday: 调休上班 on a weekend day. */
  type: "workday" | "weekend" | "holiday" | "adjustedWorkday";
  /** The festival the official arrangement names for a holiday or a 调休 working day. */
  festival: FestivalName | null;
  /** The administrator's correction, when there is one (it wins over chinese-days). */
  override: CalendarOverrideEntry | null;
  provisional: boolean;
};

/**
 * Years after chinese-days' last year still have the statutory days off (全国年节及纪念日放假办法, see
 * statutory-holidays.ts) before the State Council's notice; 调休 is unknown until then, so they stay provisional.
 *
 * official: chinese-days carries the State Council's arrangement; confirmed: an administrator entered
 * it (CalendarYear); provisional: not yet published, weekends only; unavailable: before chinese-days' data.
 */
export type YearStatus = "official" | "confirmed" | "provisional" | "unavailable";

export type WorkingCalendar = {
  isWorkingDay(date: CalendarDate): boolean;
  /** The date `n` working days after `date` (n ≥ 0; day 0 is `date` itself), and whether any day counted lies in a provisional year. */
  addWorkingDays(date: CalendarDate, n: number): { date: CalendarDate; provisional: boolean };
  /** Working days after `from` up to and including `to`; negative (the same count, negated) when `to` is before `from`. */
  workingDaysBetween(from: CalendarDate, to: CalendarDate): number;
  /** The first working day after `date`. */
  nextWorkingDay(date: CalendarDate): CalendarDate;
  /** True when the date's year is after the last year of chinese-days and not confirmed by an administrator. */
  isProvisional(date: CalendarDate): boolean;
  yearStatus(year: number): YearStatus;
  dayInfo(date: CalendarDate): DayInfo;
};

/** Far more than any statutory time limit: a guard against looping forever on a calendar without working days. */
const MAX_SCAN_DAYS = 3_660;

export function createWorkingCalendar(
  options: { overrides?: readonly CalendarOverrideEntry[]; confirmedYears?: readonly number[] } = {},
): WorkingCalendar {
  // Precomputed per calendar: day number → working? for the exceptions; weekdays decide the rest.
  const exceptions = new Map<number, boolean>();
  for (const date of OFFICIAL_HOLIDAYS.keys()) exceptions.set(toDayNumber(date), false);
  for (const date of OFFICIAL_WORKDAYS.keys()) exceptions.set(toDayNumber(date), true);
  const overrides = new Map<CalendarDate, CalendarOverrideEntry>();
  for (const entry of options.overrides ?? []) {
    exceptions.set(toDayNumber(entry.date), entry.kind === "WORKDAY");
    overrides.set(entry.date, entry);
  }
  const confirmed = new Set(options.confirmedYears ?? []);

  const yearStatus = (year: number): YearStatus => {
    if (year >= FIRST_OFFICIAL_YEAR && year <= LAST_OFFICIAL_YEAR) return "official";
    if (confirmed.has(year)) return "confirmed";
    return year > LAST_OFFICIAL_YEAR ? "provisional" : "unavailable";
  };
  const provisionalYear = (year: number) => year > LAST_OFFICIAL_YEAR && !confirmed.has(year);

  const lastOfficialDay = toDayNumber(`${LAST_OFFICIAL_YEAR}-12-31` as CalendarDate);
  /** The statutory festival of a day after chinese-days' last year, if it is one. */
  const statutoryFestival = (date: CalendarDate): FestivalName | null =>
    toDayNumber(date) > lastOfficialDay ? (statutoryHolidays(yearOf(date)).get(date) ?? null) : null;

  const workingOn = (dayNumber: number): boolean => {
    const exception = exceptions.get(dayNumber);
    if (exception !== undefined) return exception;
    if (dayNumber > lastOfficialDay && statutoryFestival(fromDayNumber(dayNumber))) return false;
    const weekday = (((dayNumber + 4) % 7) + 7) % 7;
    return weekday !== 0 && weekday !== 6;
  };

  const checkCount = (n: number) => {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  };

  const calendar: WorkingCalendar = {
    isWorkingDay: (date) => workingOn(toDayNumber(date)),

    addWorkingDays(date, n) {
      checkCount(n);
      let day = toDayNumber(date);
      let provisional = n === 0 && provisionalYear(yearOf(date));
      const limit = day + MAX_SCAN_DAYS + n * 7;
      for (let counted = 0; counted < n; ) {
        day += 1;
        if (day > limit) throw new RangeError(`no working day found within ${MAX_SCAN_DAYS} days after ${date}`);
        if (workingOn(day)) counted += 1;
      }
      const result = fromDayNumber(day);
      // Days counted run from the day after `date` to the result: check each year they touch.
      for (
        let year = yearOf(fromDayNumber(toDayNumber(date) + 1));
        year <= yearOf(result) && !provisional && n > 0;
        year++
      )
        provisional = provisionalYear(year);
      return { date: result, provisional };
    },

    workingDaysBetween(from, to) {
      const a = toDayNumber(from);
      const b = toDayNumber(to);
      const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
      let count = 0;
      for (let day = low + 1; day <= high; day++) if (workingOn(day)) count++;
      return sign * count;
    },

    nextWorkingDay: (date) => calendar.addWorkingDays(date, 1).date,

    isProvisional: (date) => provisionalYear(yearOf(date)),

    yearStatus,

    dayInfo(date) {
      const day = toDayNumber(date);
      const working = workingOn(day);
      const weekend = [0, 6].includes(dayOfWeek(date));
      const type: DayInfo["type"] = working
        ? weekend
          ? "adjustedWorkday"
          : "workday"
        : weekend && !OFFICIAL_HOLIDAYS.has(date) && !overrides.has(date) && !statutoryFestival(date)
          ? "weekend"
          : "holiday";
      const festival = working
        ? weekend
          ? (OFFICIAL_WORKDAYS.get(date) ?? null)
          : null
        : (OFFICIAL_HOLIDAYS.get(date) ?? statutoryFestival(date));
      return {
        date,
        working,
        type,
        festival,
        override: overrides.get(date) ?? null,
        provisional: provisionalYear(yearOf(date)),
      };
    },
  };
  return calendar;
}

/** The official calendar alone (no overrides): what a day would be without the administrator's correction. */
export const officialCalendar: WorkingCalendar = createWorkingCalendar();
