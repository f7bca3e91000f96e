// The drill-down of a report cell names the applicants to staff who may read the requests (the console is for
// staff; a case is found by its applicant), but not to a 保密审查 reviewer, who reads reports and not requests, and
// never across agencies. The cell's anchor is what 返回报告 returns to.
import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { registerRequest } from "@/lib/requests/register-request";
import { cellAnchorId, cellFragment } from "@/lib/reports/cell-anchor";
import { applicantNamesFor, cellDrillDown } from "@/lib/reports/cell-drill-down";
import { openReport } from "@/lib/reports/open-report";
import { findReportForUser } from "@/lib/reports/queries";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../../support/principals";
import { onlineRequestInput } from "../../support/requests";

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser, reviewer: CurrentUser, financeStaff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, reviewer, financeStaff] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.commerceReviewer, DEMO.financeStaff].map(principalFor),
  );
});

async function newCell() {
  const request = await registerRequest({
    actor: staff,
    input: {
      ...onlineRequestInput(agencies.commerce),
      applicantName: "李四",
      channel: "IN_PERSON",
      receiptBasis: "HANDED_IN",
      receivedOn: "2025-05-06",
    },
  });
  const opened = await openReport({ user: staff, agencyId: agencies.commerce, year: 2025 });
  const report = (await findReportForUser(staff, opened.id))!;
  const found = await cellDrillDown({
    user: staff,
    report,
    cell: { table: "requests", row: "new", column: "natural_person" },
    page: 1,
  });
  return { request, result: found!.result };
}

describe("applicant names in a report cell's records", () => {
  it("names the applicant to staff and leaders of the agency", async () => {
    const { request, result } = await newCell();
    expect((await applicantNamesFor(staff, [result])).get(request.id)).toBe("李四");
    expect((await applicantNamesFor(leader, [result])).get(request.id)).toBe("李四");
  });

  it("gives a 保密审查 reviewer (no request.read) and another agency's staff no names", async () => {
    const { result } = await newCell();
    expect((await applicantNamesFor(reviewer, [result])).size).toBe(0);
    expect((await applicantNamesFor(financeStaff, [result])).size).toBe(0);
  });

  it("looks nothing up for cells without requests", async () => {
    expect(
      (await applicantNamesFor(staff, [{ kind: "manual", key: "licensing.decisions", value: null, source: null }]))
        .size,
    ).toBe(0);
  });
});

describe("the anchor 返回报告 returns to", () => {
  it("is one per cell, and its fragment survives Chinese and punctuation in row keys", () => {
    expect(cellAnchorId("requests", "result.refused.state_secret", "total")).toBe(
      "cell-requests-result.refused.state_secret-total",
    );
    expect(cellAnchorId("requests", "new", "total")).not.toBe(cellAnchorId("appeals", "new", "total"));
    const fragment = cellFragment("writer", "category:机构职能类", "value");
    expect(fragment).not.toMatch(/[\u4e00-\u9fff: ]/);
    expect(decodeURIComponent(fragment.slice(1))).toBe("cell-writer-category:机构职能类-value");
  });
});
