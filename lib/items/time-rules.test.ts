// Time rules on real dates (official calendar), counted by hand.
import { describe, expect, it } from "vitest";
import { officialCalendar } from "@/lib/calendar/working-calendar";
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import { checkInterpretationDeadline, checkPublicationDeadline } from "./time-rules";

const d = (s: string) => s as CalendarDate;

describe("条例 art. 26: published within 20 working days of 成文日期", () => {
  it.each([
    // 2017-06-01 (Thu) → June has no holiday but 端午 2017-05-28..30 is before; 20 working days:
    // Jun 2,5,6,7,8,9,12,13,14,15,16,19,20,21,22,23,26,27,28,29 → 2017-06-29
    ["2017-06-01", "2017-06-29"],
    // 2017-09-20 (Wed) → Sep 21,22,25,26,27,28,29,30(调休 Sat) = 8; 国庆/中秋 Oct 1–8 off;
    // Oct 9,10,11,12,13,16,17,18,19,20,23,24 = 12 → 2017-10-24
    ["2017-09-20", "2017-10-24"],
    // 2026-02-06 (Fri) → Feb 9,10,11,12,13,14(调休 Sat) = 6; 春节 Feb 15–23 off; Feb 24,25,26,27,28(调休 Sat) = 11;
    // Mar 2,3,4,5,6,9,10,11,12 = 20 → 2026-03-12
    ["2026-02-06", "2026-03-12"],
  ])("成文 %s → due %s", (writtenOn, due) => {
    const check = checkPublicationDeadline(officialCalendar, d(writtenOn), null, d(due));
    expect(check.due).toBe(due);
    expect(check.late).toBe(false);
    expect(
      checkPublicationDeadline(officialCalendar, d(writtenOn), null, officialCalendar.nextWorkingDay(d(due))).late,
    ).toBe(true);
  });

  it("published on the due date is on time; a day later is late", () => {
    expect(checkPublicationDeadline(officialCalendar, d("2017-06-01"), d("2017-06-29"), d("2026-01-01")).late).toBe(
      false,
    );
    expect(checkPublicationDeadline(officialCalendar, d("2017-06-01"), d("2017-06-30"), d("2026-01-01")).late).toBe(
      true,
    );
  });

  it("a deadline in a year without a published calendar is provisional", () => {
    // 2026-12-20 (Sun) → Dec 21..31 = 9 working days; the rest falls in 2027.
    expect(checkPublicationDeadline(officialCalendar, d("2026-12-20"), null, d("2026-12-21")).provisional).toBe(true);
    expect(checkPublicationDeadline(officialCalendar, d("2026-06-01"), null, d("2026-06-02")).provisional).toBe(false);
  });
});

describe("三同步: an interpretation within 3 working days of its policy document", () => {
  it.each([
    // Policy published Thu 2017-09-28 → Sep 29, Sep 30 (调休 Sat), then Oct 1–8 off, Oct 9 → 2017-10-09
    ["2017-09-28", "2017-10-09"],
    // Fri 2026-04-03 → 清明 Apr 4–6 off → Apr 7, 8, 9 → 2026-04-09
    ["2026-04-03", "2026-04-09"],
    // Tue 2026-06-16 → Jun 17, 18, then 端午 Jun 19 (Fri) off, weekend → Jun 22 → 2026-06-22
    ["2026-06-16", "2026-06-22"],
  ])("policy published %s → interpretation due %s", (policyOn, due) => {
    expect(checkInterpretationDeadline(officialCalendar, d(policyOn), null, d(policyOn)).due).toBe(due);
  });

  it("flags an interpretation published after the third working day", () => {
    expect(checkInterpretationDeadline(officialCalendar, d("2026-04-03"), d("2026-04-09"), d("2026-05-01")).late).toBe(
      false,
    );
    expect(checkInterpretationDeadline(officialCalendar, d("2026-04-03"), d("2026-04-10"), d("2026-05-01")).late).toBe(
      true,
    );
  });
});
