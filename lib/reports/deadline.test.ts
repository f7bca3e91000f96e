// The statutory deadlines on real dates: a department's 2025 report is due by 2026-01-31, a government's by
// 2026-03-31; late the day after; published late when the first version came out after the deadline.
import { describe, expect, it } from "vitest";
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import { isGovernmentAgency, reportDeadline, reportDuty } from "./deadline";

const department = (publishedOn: CalendarDate | null = null) => ({
  parentId: "00000000-0000-7000-8000-000000000001",
  publishedOn,
});
const government = (publishedOn: CalendarDate | null = null) => ({ parentId: null, publishedOn });

describe("reportDeadline", () => {
  it.each([
    [2025, false, "2026-01-31"],
    [2025, true, "2026-03-31"],
    [2017, false, "2018-01-31"],
    [2023, true, "2024-03-31"],
  ] as const)("the %i report (government: %s) is due by %s", (year, isGovernment, deadline) => {
    expect(reportDeadline(year, isGovernment)).toBe(deadline);
  });

  it("takes an agency without a parent for the 人民政府", () => {
    expect(isGovernmentAgency({ parentId: null })).toBe(true);
    expect(isGovernmentAgency({ parentId: "x" })).toBe(false);
  });
});

describe("reportDuty for the previous year's report", () => {
  it.each([
    ["2026-01-01", { year: 2025, deadline: "2026-01-31", status: "due", daysLeft: 30 }],
    ["2026-01-15", { year: 2025, deadline: "2026-01-31", status: "due", daysLeft: 16 }],
    ["2026-01-31", { year: 2025, deadline: "2026-01-31", status: "due", daysLeft: 0 }],
    ["2026-02-01", { year: 2025, deadline: "2026-01-31", status: "late", daysLate: 1 }],
    ["2026-11-28", { year: 2025, deadline: "2026-01-31", status: "late", daysLate: 301 }],
    ["2025-12-31", { year: 2024, deadline: "2025-01-31", status: "late", daysLate: 334 }],
  ] as const)("a department on %s", (today, expected) => {
    expect(reportDuty(department(), today)).toEqual(expected);
  });

  it.each([
    ["2026-01-01", { year: 2025, deadline: "2026-03-31", status: "due", daysLeft: 89 }],
    ["2026-02-01", { year: 2025, deadline: "2026-03-31", status: "due", daysLeft: 58 }],
    ["2026-03-31", { year: 2025, deadline: "2026-03-31", status: "due", daysLeft: 0 }],
    ["2026-04-01", { year: 2025, deadline: "2026-03-31", status: "late", daysLate: 1 }],
  ] as const)("a government on %s", (today, expected) => {
    expect(reportDuty(government(), today)).toEqual(expected);
  });

  it("is published once the first version is out, on time up to and including the deadline", () => {
    expect(reportDuty(department("2026-01-31"), "2026-11-28")).toEqual({
      year: 2025,
      deadline: "2026-01-31",
      status: "published",
      publishedOn: "2026-01-31",
      late: false,
    });
    expect(reportDuty(department("2026-01-20"), "2026-01-25")).toMatchObject({ status: "published", late: false });
    expect(reportDuty(government("2026-03-31"), "2026-04-02")).toMatchObject({ status: "published", late: false });
  });

  it("is published late when the first version came after the deadline", () => {
    expect(reportDuty(department("2026-02-01"), "2026-11-28")).toEqual({
      year: 2025,
      deadline: "2026-01-31",
      status: "published",
      publishedOn: "2026-02-01",
      late: true,
    });
    expect(reportDuty(government("2026-04-01"), "2026-04-02")).toMatchObject({ status: "published", late: true });
  });
});
