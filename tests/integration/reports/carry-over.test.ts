// 上年结转 check: this year's 二 上年结转 against last year's published 四 结转下年度, column by column. A request
// registered after last year's report was published but back-dated into last year, or one whose conclusion date was
// corrected since, makes a difference; the console report page shows it with those requests, and submission is
// not blocked by it (a warning).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { toDbDate } from "@/lib/calendar/calendar-date";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkCarryOver } from "@/lib/reports/carry-over";
import { computeReport } from "@/lib/reports/compute/compute-report";
import { freeze } from "@/lib/reports/report-figures";
import { submitReport } from "@/lib/reports/submit-report";
import { DEMO, principalFor, seedDemo, userIdOf, type DemoAgencyIds } from "../../support/principals";
import { addRequest, buildRequests2025 } from "../../support/report-records";
import { draftReport, narrativeFor, publish } from "./public-publish";

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader] = await Promise.all([DEMO.commerceStaff, DEMO.commerceLeader].map(principalFor));
});

const check = async (year: number) => {
  const subject = { agencyId: agencies.commerce, year, scope: "OWN" as const };
  return checkCarryOver(db, subject, await computeReport(db, subject));
};

/** 2025 published: 四 结转下年度 = [0, 0, 0, 1, 1, 1, 3] (requests 28 社会公益组织, 24 法律服务机构, 29 其他). */
async function publish2025() {
  const requests = await buildRequests2025(agencies.commerce);
  const report = await draftReport(staff, agencies.commerce, 2025, narrativeFor("上年"));
  await publish(staff, leader, report.id);
  return requests;
}

describe("上年结转 against last year's published 结转下年度", () => {
  it("has nothing to compare with before last year's report is published", async () => {
    await buildRequests2025(agencies.commerce);
    expect(await check(2026)).toEqual({ status: "noPrevious", previousYear: 2025 });
  });

  it("agrees when nothing changed since last year's publication", async () => {
    await publish2025();
    expect(await check(2026)).toMatchObject({ status: "checked", previousYear: 2025, version: 1, ok: true });
  });

  it("names a back-dated registration and a corrected conclusion date, per column", async () => {
    const requests = await publish2025();
    // Registered now (after 2025's report was published), received on 30 December 2025, still open.
    const late = await addRequest(agencies.commerce, { applicantType: "NATURAL_PERSON", receivedOn: "2025-12-30" });
    // Request 28 (社会公益组织, received 2025-12-31, open at publication) is now recorded as concluded in 2025.
    const corrected = requests[27]!;
    await db.infoRequest.update({
      where: { id: corrected.id },
      data: { concludedOn: toDbDate("2025-12-31"), outcome: "GRANTED", state: "CLOSED" },
    });

    const result = await check(2026);
    expect(result.status).toBe("checked");
    if (result.status !== "checked") return;
    expect(result.ok).toBe(false);
    expect(result.exact).toBe(true);
    // 自然人 0 → 1, 社会公益组织 1 → 0, 总计 3 → 3: the total hides it, the columns do not.
    expect(result.differences).toEqual([
      { column: "natural_person", columnLabel: "自然人", published: 0, now: 1 },
      { column: "public_interest", columnLabel: "社会公益组织", published: 1, now: 0 },
    ]);
    expect(result.requests.map((r) => [r.id, r.column, r.reason])).toEqual([
      [late.id, "natural_person", "registeredAfterPublication"],
      [corrected.id, "public_interest", "concludedBefore"],
    ]);
    expect(result.requests[0]).toMatchObject({ trackingCode: late.trackingCode, receivedOn: "2025-12-30" });

    // A warning, not a block: 2026's report can still be submitted.
    const report2026 = await draftReport(staff, agencies.commerce, 2026, narrativeFor("本年"));
    await expect(submitReport({ user: staff, reportId: report2026.id })).resolves.toMatchObject({
      status: "PENDING_APPROVAL",
    });
  });

  it("lists the likely causes when last year's version did not keep its records", async () => {
    await buildRequests2025(agencies.commerce);
    // A version published before records were frozen (as every version before this change was).
    const computed = await computeReport(db, { agencyId: agencies.commerce, year: 2025, scope: "OWN" });
    const leaderId = await userIdOf(DEMO.commerceLeader);
    const report = await db.annualReport.create({
      data: { agencyId: agencies.commerce, year: 2025, scope: "OWN", format: "GOV_2021", status: "PUBLISHED" },
    });
    await db.annualReportVersion.create({
      data: {
        reportId: report.id,
        number: 1,
        format: "GOV_2021",
        figures: freeze(computed) as unknown as Prisma.InputJsonValue,
        narrative: narrativeFor("旧版") as unknown as Prisma.InputJsonValue,
        submittedById: leaderId,
        approvedById: leaderId,
        publishedAt: new Date(), // after the records above were written
        publishedOn: toDbDate("2026-01-20"),
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const late = await addRequest(agencies.commerce, { applicantType: "RESEARCH", receivedOn: "2025-12-30" });
    const result = await check(2026);
    expect(result).toMatchObject({
      status: "checked",
      ok: false,
      exact: false,
      differences: [
        { column: "research", published: 0, now: 1 },
        { column: "total", published: 3, now: 4 },
      ],
    });
    expect(result.status === "checked" && result.requests.map((r) => [r.id, r.reason])).toEqual([
      [late.id, "registeredAfterPublication"],
    ]);
  });
});
