// One date format per UI language: 2026年12月5日 in Chinese, 5 Dec 2026 in English; a moment is dated in China.
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format-date";

describe("formatDate", () => {
  it("writes a calendar date as Chinese documents do, and unambiguously in English", () => {
    expect(formatDate("zh-CN", "2026-12-05")).toBe("2026年12月5日");
    expect(formatDate("en", "2026-12-05")).toBe("5 Dec 2026");
    expect(formatDate("en", "2027-01-31")).toBe("31 Jan 2027");
  });

  it("dates a moment in China whatever the server's zone (23:30 UTC is the next day in Beijing)", () => {
    expect(formatDate("zh-CN", new Date("2026-12-04T23:30:00Z"))).toBe("2026年12月5日");
    expect(formatDate("en", new Date("2026-12-04T15:59:00Z"))).toBe("4 Dec 2026");
    // A @db.Date value (midnight UTC) keeps its own date.
    expect(formatDate("en", new Date("2026-02-28T00:00:00Z"))).toBe("28 Feb 2026");
    expect(formatDateTime("en", new Date("2026-12-04T23:30:00Z"))).toBe("5 Dec 2026 07:30");
  });

  it("shows a value that is not a date as it is, never NaN", () => {
    expect(formatDate("en", "not-a-date")).toBe("not-a-date");
  });
});
