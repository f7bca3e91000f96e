import { describe, expect, it } from "vitest";
import {
  addDays,
  chinaToday,
  dayOfWeek,
  fromDbDate,
  isCalendarDate,
  parseCalendarDate,
  toChinaDate,
  toDbDate,
} from "./calendar-date";

describe("calendar dates in China", () => {
  it("takes the date in Asia/Shanghai (UTC+8) of an instant", () => {
    expect(toChinaDate(new Date("2026-09-30T15:59:59.999Z"))).toBe("2026-09-30");
    expect(toChinaDate(new Date("2026-09-30T16:00:00.000Z"))).toBe("2026-10-01");
    expect(toChinaDate(Date.parse("2026-12-31T16:30:00Z"))).toBe("2027-01-01");
    expect(chinaToday(new Date("2025-01-01T00:00:00+08:00"))).toBe("2025-01-01");
  });

  it("converts to and from Prisma @db.Date values (midnight UTC)", () => {
    expect(toDbDate("2026-10-08").toISOString()).toBe("2026-10-08T00:00:00.000Z");
    expect(fromDbDate(new Date("2026-10-08T00:00:00.000Z"))).toBe("2026-10-08");
    expect(fromDbDate(toDbDate("1999-12-31"))).toBe("1999-12-31");
  });

  it("accepts only real YYYY-MM-DD dates", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-2-1")).toBe(false);
    expect(isCalendarDate("2026-10-01T00:00")).toBe(false);
    expect(isCalendarDate(20261001)).toBe(false);
    expect(parseCalendarDate("2026-10-01")).toBe("2026-10-01");
    expect(() => parseCalendarDate("2026-13-01")).toThrow(RangeError);
  });

  it("knows weekdays and adds days across months and years", () => {
    expect(dayOfWeek("2026-10-01")).toBe(4); // Thursday
    expect(dayOfWeek("2026-02-15")).toBe(0); // Sunday
    expect(dayOfWeek("1969-12-31")).toBe(3); // Wednesday, before the epoch
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });
});
