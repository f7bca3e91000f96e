// When the annual report (年度报告) is due, and where an agency stands with last year's report.
// 《政府信息公开条例》第四十九条/第五十条: departments publish the previous year's report by 31 January, the
// 人民政府 at each level (which also collects its departments' reports) by 31 March. The state is derived
// from dates every time, never stored: today, the deadline and the first version's publishedOn.
import { compareDates, toDayNumber, yearOf, type CalendarDate } from "@/lib/calendar/calendar-date";

/** The last day on which the report for `year` may be published. */
export function reportDeadline(year: number, isGovernment: boolean): CalendarDate {
  return (isGovernment ? `${year + 1}-03-31` : `${year + 1}-01-31`) as CalendarDate;
}

/**
 * Whether the agency is a 人民政府 (deadline 31 March) rather than one of its departments (31 January).
 * In our tree a government is an agency with no parent: the district government heads the tree and its
 * departments (商务局, 财政局…) hang below it. A deployment that nests governments would need a kind on
 * the agency; this one does not have nested governments.
 */
export function isGovernmentAgency(agency: { parentId: string | null }): boolean {
  return agency.parentId === null;
}

export type ReportDuty =
  /** Not yet published; `daysLeft` is 0 on the deadline itself. */
  | { year: number; deadline: CalendarDate; status: "due"; daysLeft: number }
  /** Not published and the deadline has passed (已逾期) by `daysLate` days. */
  | { year: number; deadline: CalendarDate; status: "late"; daysLate: number }
  /** Published on `publishedOn` (the first version's date); `late` when that was after the deadline. */
  | { year: number; deadline: CalendarDate; status: "published"; publishedOn: CalendarDate; late: boolean };

/** The year whose report is owed on `today`: the previous calendar year. */
export function dutyYear(today: CalendarDate): number {
  return yearOf(today) - 1;
}

/**
 * The duty for the previous year's report as of `today`. The duty starts on 1 January (the year it covers
 * has ended) and lasts until the report is published, so from 1 January there is always a previous-year
 * report to account for: due until the deadline, late after it, published once its first version is out.
 * `publishedOn` is the first published version's date of that year's report, or null when there is none.
 */
export function reportDuty(
  agency: { parentId: string | null; publishedOn: CalendarDate | null },
  today: CalendarDate,
): ReportDuty {
  const year = dutyYear(today);
  const deadline = reportDeadline(year, isGovernmentAgency(agency));
  if (agency.publishedOn) {
    return {
      year,
      deadline,
      status: "published",
      publishedOn: agency.publishedOn,
      late: compareDates(agency.publishedOn, deadline) > 0,
    };
  }
  const daysLeft = toDayNumber(deadline) - toDayNumber(today);
  return daysLeft >= 0
    ? { year, deadline, status: "due", daysLeft }
    : { year, deadline, status: "late", daysLate: -daysLeft };
}
