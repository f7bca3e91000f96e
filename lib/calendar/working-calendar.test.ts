// Working days on real dates, checked by hand against the State Council's holiday notices
// (国务院办公厅关于部分节假日安排的通知) and a wall calendar. Expected dates are written out, not computed.
import { describe, expect, it } from "vitest";
import type { CalendarDate } from "./calendar-date";
import { LAST_OFFICIAL_YEAR } from "./official-calendar";
import { createWorkingCalendar, type CalendarOverrideEntry } from "./working-calendar";

const official = createWorkingCalendar();

describe("isWorkingDay on the official calendar", () => {
  // [date, working?, why]
  const cases: [CalendarDate, boolean, string][] = [
    // 2017 春节: 1月27日至2月2日放假调休，1月22日（星期日）、2月4日（星期六）上班
    ["2017-01-22", true, "2017 春节 调休: Sunday worked"],
    ["2017-01-27", false, "2017 除夕 (Friday), first day off"],
    ["2017-02-02", false, "2017 春节, last day off (Thursday)"],
    ["2017-02-03", true, "Friday after 2017 春节"],
    ["2017-02-04", true, "2017 春节 调休: Saturday worked"],
    ["2017-02-05", false, "ordinary Sunday"],
    // 2026 春节: 2月15日（周日）至23日（周一）放假，2月14日（周六）、2月28日（周六）上班
    ["2026-02-14", true, "2026 春节 调休: Saturday worked"],
    ["2026-02-15", false, "2026 春节, first day off (Sunday)"],
    ["2026-02-23", false, "2026 春节, last day off (Monday)"],
    ["2026-02-24", true, "Tuesday after 2026 春节"],
    ["2026-02-28", true, "2026 春节 调休: Saturday worked"],
    ["2026-01-04", true, "2026 元旦 调休: Sunday worked"],
    // National Day with 调休 weekend days
    ["2019-09-29", true, "2019 国庆 调休: Sunday worked"],
    ["2019-10-07", false, "2019 国庆, last day off (Monday)"],
    ["2019-10-12", true, "2019 国庆 调休: Saturday worked"],
    ["2023-09-29", false, "2023 中秋 (Friday)"],
    ["2023-10-07", true, "2023 国庆 调休: Saturday worked"],
    ["2023-10-08", true, "2023 国庆 调休: Sunday worked"],
    ["2025-09-28", true, "2025 国庆 调休: Sunday worked"],
    ["2025-10-08", false, "2025 国庆, last day off (Wednesday)"],
    ["2025-10-11", true, "2025 国庆 调休: Saturday worked"],
    ["2026-09-20", true, "2026 国庆 调休: Sunday worked"],
    ["2026-09-25", false, "2026 中秋 (Friday)"],
    ["2026-10-07", false, "2026 国庆, last day off (Wednesday)"],
    ["2026-10-10", true, "2026 国庆 调休: Saturday worked"],
    ["2024-04-07", true, "2024 清明 调休: Sunday worked"],
    ["2024-03-09", false, "ordinary Saturday"],
    ["2024-03-11", true, "ordinary Monday"],
  ];
  it.each(cases)("%s working: %s (%s)", (date, working) => {
    expect(official.isWorkingDay(date)).toBe(working);
  });
});

describe("addWorkingDays: day of receipt is day 0", () => {
  // [received, n, due, why]
  const cases: [CalendarDate, number, CalendarDate, string][] = [
    ["2017-01-26", 1, "2017-02-03", "Thursday before 春节: day 1 is the first working day after the holiday"],
    ["2017-01-26", 2, "2017-02-04", "…day 2 the 调休 Saturday"],
    ["2017-01-26", 3, "2017-02-06", "…day 3 the Monday (Sunday 5 Feb off)"],
    ["2026-02-13", 1, "2026-02-14", "Friday → the 调休 Saturday"],
    ["2026-02-14", 1, "2026-02-24", "the 调休 Saturday → Tuesday after 春节"],
    ["2026-02-17", 1, "2026-02-24", "received during 春节: counting starts after it"],
    ["2026-02-17", 20, "2026-03-20", "received during 春节: 24–28 Feb (5), 2–6 Mar (10), 9–13 (15), 16–20 (20)"],
    ["2019-09-30", 1, "2019-10-08", "day before 国庆 2019"],
    ["2019-09-27", 20, "2019-10-30", "29 Sep, 30 Sep, 8–12 Oct (7), 14–18 (12), 21–25 (17), 28–30 (20)"],
    ["2023-09-28", 1, "2023-10-07", "day before 中秋国庆 2023 → the 调休 Saturday"],
    ["2023-09-28", 3, "2023-10-09", "7 Oct, 8 Oct, 9 Oct"],
    ["2025-09-26", 1, "2025-09-28", "Friday → the 调休 Sunday"],
    ["2025-09-30", 1, "2025-10-09", "day before 国庆 2025 (8 days off)"],
    ["2025-09-30", 20, "2025-11-04", "9–11 Oct (3), 13–17 (8), 20–24 (13), 27–31 (18), 3–4 Nov (20)"],
    ["2026-09-30", 1, "2026-10-08", "day before 国庆 2026"],
    ["2026-09-30", 3, "2026-10-10", "8 Oct, 9 Oct, the 调休 Saturday"],
    ["2026-09-18", 20, "2026-10-22", "20 Sep (1), 21–24 (5), 28–30 (8), 8–10 Oct (11), 12–16 (16), 19–22 (20)"],
    ["2024-03-04", 20, "2024-04-01", "a Monday in an ordinary month: four weeks"],
    ["2024-03-09", 1, "2024-03-11", "received on a Saturday → Monday"],
    ["2024-03-10", 20, "2024-04-08", "received on a Sunday, across 清明 2024 (4–6 Apr off, 7 Apr worked)"],
    ["2026-12-01", 5, "2026-12-08", "early December 2026, within the published year"],
    ["2024-03-11", 0, "2024-03-11", "zero working days: the day itself"],
  ];
  it.each(cases)("%s + %i → %s (%s)", (received, n, due) => {
    expect(official.addWorkingDays(received, n)).toEqual({ date: due, provisional: false });
  });

  it("nextWorkingDay is the first working day after the date", () => {
    expect(official.nextWorkingDay("2026-09-30")).toBe("2026-10-08");
    expect(official.nextWorkingDay("2026-02-13")).toBe("2026-02-14");
    expect(official.nextWorkingDay("2024-03-08")).toBe("2024-03-11");
  });

  it("refuses a negative or fractional count and malformed dates", () => {
    expect(() => official.addWorkingDays("2026-01-05", -1)).toThrow(RangeError);
    expect(() => official.addWorkingDays("2026-01-05", 1.5)).toThrow(RangeError);
    expect(() => official.isWorkingDay("2026-02-30" as CalendarDate)).toThrow(RangeError);
  });
});

describe("workingDaysBetween: working days after `from` up to and including `to`", () => {
  const cases: [CalendarDate, CalendarDate, number][] = [
    ["2026-09-30", "2026-10-08", 1],
    ["2026-10-08", "2026-09-30", -1],
    ["2025-09-30", "2025-11-04", 20],
    ["2024-03-04", "2024-03-04", 0],
    ["2017-01-20", "2017-02-06", 8], // 22 Jan, 23–26 Jan, 3 Feb, 4 Feb, 6 Feb
    ["2023-09-28", "2023-10-08", 2],
  ];
  it.each(cases)("%s → %s: %i", (from, to, count) => {
    expect(official.workingDaysBetween(from, to)).toBe(count);
  });
});

describe("provisional dates: years chinese-days does not cover yet", () => {
  it("chinese-days 1.5.7 covers up to 2026, so 2027 is the first provisional year", () => {
    expect(LAST_OFFICIAL_YEAR).toBe(2026);
    expect(official.isProvisional("2026-12-31")).toBe(false);
    expect(official.isProvisional("2027-01-01")).toBe(true);
    expect(official.yearStatus(2026)).toBe("official");
    expect(official.yearStatus(2027)).toBe("provisional");
    expect(official.yearStatus(2003)).toBe("unavailable");
    expect(official.isProvisional("2003-06-02")).toBe(false);
  });

  it("a deadline reaching into 2027 skips the statutory 元旦 and is flagged provisional", () => {
    // 11 Dec (1), 14–18 (6), 21–25 (11), 28–31 (15), [Fri 1 Jan 2027 元旦, statutory], 4–8 Jan (20)
    expect(official.addWorkingDays("2026-12-10", 20)).toEqual({ date: "2027-01-08", provisional: true });
    expect(official.addWorkingDays("2027-03-01", 0)).toEqual({ date: "2027-03-01", provisional: true });
  });

  it("a year confirmed by the administrator is no longer provisional", () => {
    const calendar = createWorkingCalendar({ confirmedYears: [2027] });
    expect(calendar.isProvisional("2027-03-01")).toBe(false);
    expect(calendar.yearStatus(2027)).toBe("confirmed");
    expect(calendar.isProvisional("2028-01-03")).toBe(true);
    expect(calendar.addWorkingDays("2026-12-10", 20)).toEqual({ date: "2027-01-08", provisional: false });
  });

  it("crossing an unconfirmed year into a confirmed one stays provisional", () => {
    const calendar = createWorkingCalendar({ confirmedYears: [2028] });
    expect(calendar.addWorkingDays("2027-12-20", 20).provisional).toBe(true);
  });
});

// 全国年节及纪念日放假办法 (from 2025) in years chinese-days does not carry. The lunar dates are those of the
// almanac (万年历), checked by hand: 2027 正月初一 Sat 6 Feb (除夕 Fri 5 Feb, 腊月廿九), 清明 Mon 5 Apr, 端午 Wed 9 Jun,
// 中秋 Wed 15 Sep; 2028 正月初一 Wed 26 Jan (除夕 Tue 25 Jan), 清明 Tue 4 Apr, 端午 Sun 28 May, 中秋 Tue 3 Oct.
describe("statutory holidays before the year's notice", () => {
  const off: [CalendarDate, string][] = [
    ["2027-01-01", "元旦"],
    ["2027-02-05", "春节"],
    ["2027-02-08", "春节"],
    ["2027-04-05", "清明节"],
    ["2027-05-01", "劳动节"],
    ["2027-05-02", "劳动节"],
    ["2027-06-09", "端午节"],
    ["2027-09-15", "中秋节"],
    ["2027-10-01", "国庆节"],
    ["2027-10-03", "国庆节"],
    ["2028-01-25", "春节"],
    ["2028-01-28", "春节"],
    ["2028-04-04", "清明节"],
    ["2028-05-01", "劳动节"],
    ["2028-05-02", "劳动节"],
    ["2028-05-28", "端午节"],
    ["2028-10-03", "国庆节"], // 中秋 falls inside 国庆 in 2028
  ];
  it.each(off)("%s is a provisional holiday (%s)", (date, zh) => {
    expect(official.isWorkingDay(date)).toBe(false);
    expect(official.dayInfo(date)).toMatchObject({
      working: false,
      type: "holiday",
      festival: { zh },
      provisional: true,
    });
  });

  it("only the statutory days: the rest of the week works, 调休 is not guessed", () => {
    // Tue 9 Feb 2027 (正月初四) and Mon 4 Oct 2027 are ordinary working days until the notice says otherwise.
    expect(official.isWorkingDay("2027-02-09")).toBe(true);
    expect(official.isWorkingDay("2027-10-04")).toBe(true);
    expect(official.isWorkingDay("2028-01-24")).toBe(true);
  });

  it("a deadline across 春节 2028 skips 除夕 to 初三", () => {
    // Mon 17 Jan 2028: 18–21 (4), 24 (5), [25–28 春节], 31 Jan–4 Feb (10), 7–11 (15), 14–18 (20)
    expect(official.addWorkingDays("2028-01-17", 20)).toEqual({ date: "2028-02-18", provisional: true });
  });

  it("an administrator's WORKDAY override still wins", () => {
    const calendar = createWorkingCalendar({
      overrides: [{ date: "2027-06-09", kind: "WORKDAY", note: "test" }],
    });
    expect(calendar.isWorkingDay("2027-06-09")).toBe(true);
  });
});

describe("administrator overrides win over chinese-days", () => {
  const override = (date: CalendarDate, kind: CalendarOverrideEntry["kind"]): CalendarOverrideEntry => ({
    date,
    kind,
    note: "国办发明电〔2026〕7号",
  });

  it("an added holiday shifts a deadline by one working day", () => {
    const calendar = createWorkingCalendar({ overrides: [override("2027-01-01", "HOLIDAY")], confirmedYears: [2027] });
    expect(calendar.isWorkingDay("2027-01-01")).toBe(false);
    expect(calendar.addWorkingDays("2026-12-10", 20)).toEqual({ date: "2027-01-08", provisional: false });
  });

  it("an added holiday inside a week moves a Friday deadline over the weekend to Monday", () => {
    const calendar = createWorkingCalendar({ overrides: [override("2026-03-10", "HOLIDAY")] });
    expect(calendar.addWorkingDays("2026-02-17", 20).date).toBe("2026-03-23");
    expect(calendar.workingDaysBetween("2026-02-17", "2026-03-20")).toBe(19);
  });

  it("a WORKDAY override on a Sunday counts as a working day", () => {
    const calendar = createWorkingCalendar({ overrides: [override("2026-03-08", "WORKDAY")] });
    expect(calendar.isWorkingDay("2026-03-08")).toBe(true);
    expect(calendar.addWorkingDays("2026-03-06", 1).date).toBe("2026-03-08");
    expect(calendar.addWorkingDays("2026-02-17", 20).date).toBe("2026-03-19");
  });

  it("an override can reverse the official data both ways", () => {
    const calendar = createWorkingCalendar({
      overrides: [override("2026-10-10", "HOLIDAY"), override("2026-10-07", "WORKDAY")],
    });
    expect(calendar.isWorkingDay("2026-10-10")).toBe(false);
    expect(calendar.isWorkingDay("2026-10-07")).toBe(true);
    expect(calendar.nextWorkingDay("2026-09-30")).toBe("2026-10-07");
    // The official calendar itself is untouched.
    expect(official.isWorkingDay("2026-10-07")).toBe(false);
  });
});

describe("dayInfo: what the calendar page shows", () => {
  it("names holidays and 调休 working days after their festival", () => {
    expect(official.dayInfo("2026-10-01")).toMatchObject({
      working: false,
      type: "holiday",
      festival: { zh: "国庆节", en: "National Day" },
      override: null,
    });
    expect(official.dayInfo("2026-09-20")).toMatchObject({
      working: true,
      type: "adjustedWorkday",
      festival: { zh: "国庆节" },
    });
    expect(official.dayInfo("2026-02-15")).toMatchObject({ working: false, type: "holiday", festival: { zh: "春节" } });
    expect(official.dayInfo("2026-03-07")).toMatchObject({ working: false, type: "weekend", festival: null });
    expect(official.dayInfo("2026-03-09")).toMatchObject({
      working: true,
      type: "workday",
      festival: null,
      provisional: false,
    });
  });

  it("shows an override with its note", () => {
    const calendar = createWorkingCalendar({
      overrides: [{ date: "2027-10-01", kind: "HOLIDAY", note: "国办发明电〔2026〕7号" }],
    });
    expect(calendar.dayInfo("2027-10-01")).toMatchObject({
      working: false,
      type: "holiday",
      festival: { zh: "国庆节" },
      provisional: true,
      override: { kind: "HOLIDAY", note: "国办发明电〔2026〕7号" },
    });
  });
});

describe("speed", () => {
  it("a year of 20-day deadlines takes well under a second", () => {
    const calendar = createWorkingCalendar({ overrides: [{ date: "2026-03-08", kind: "WORKDAY", note: "x" }] });
    const start = performance.now();
    for (let i = 0; i < 365 * 20; i++) calendar.addWorkingDays("2026-01-01", 20);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
