// Time limits of proactive disclosure, counted in working days on the official calendar:
// - 条例 art. 26: information is published within 20 working days of being formed (成文日期);
// - seed §(17) 三同步: a policy interpretation (解读) follows its policy document within 3 working days.
// Pure: the caller passes the working calendar (lib/calendar) and the dates.
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import type { WorkingCalendar } from "@/lib/calendar/working-calendar";

export const PUBLICATION_WORKING_DAYS = 20;
export const INTERPRETATION_WORKING_DAYS = 3;

export type TimeRuleCheck = {
  rule: "publication" | "interpretation";
  /** The last day allowed. */
  due: CalendarDate;
  /** The due date lies in a year whose official calendar is not published yet. */
  provisional: boolean;
  /** Published after the due date, or still unpublished after it. */
  late: boolean;
};

/** 条例 art. 26: published (or, unpublished, as of `today`) within 20 working days of 成文日期. */
export function checkPublicationDeadline(
  calendar: WorkingCalendar,
  writtenOn: CalendarDate,
  publishedOn: CalendarDate | null,
  today: CalendarDate,
): TimeRuleCheck {
  const { date: due, provisional } = calendar.addWorkingDays(writtenOn, PUBLICATION_WORKING_DAYS);
  return { rule: "publication", due, provisional, late: (publishedOn ?? today) > due };
}

/** 三同步: an interpretation is published within 3 working days after its policy document's publication. */
export function checkInterpretationDeadline(
  calendar: WorkingCalendar,
  policyPublishedOn: CalendarDate,
  publishedOn: CalendarDate | null,
  today: CalendarDate,
): TimeRuleCheck {
  const { date: due, provisional } = calendar.addWorkingDays(policyPublishedOn, INTERPRETATION_WORKING_DAYS);
  return { rule: "interpretation", due, provisional, late: (publishedOn ?? today) > due };
}
