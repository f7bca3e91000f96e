// Which years a report may be opened for and when it may be published. A report covers a calendar year
// (China time): it may be drafted while the year runs, but published only once the year has ended.
import { chinaToday, yearOf } from "@/lib/calendar/calendar-date";
import { FIRST_REPORT_YEAR } from "./formats/choose-format";

export function currentChinaYear(now: Date = new Date()): number {
  return yearOf(chinaToday(now));
}

/** 2008 (the 条例 took effect) up to the running year. */
export function isReportYear(year: number, now: Date = new Date()): boolean {
  return Number.isInteger(year) && year >= FIRST_REPORT_YEAR && year <= currentChinaYear(now);
}

/** A report can be published only for a year that is over. */
export function yearHasEnded(year: number, now: Date = new Date()): boolean {
  return year < currentChinaYear(now);
}
