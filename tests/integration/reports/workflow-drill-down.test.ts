// The console's drill-down of a report cell: the number and the records behind it agree, and a cell or report
// the user may not see is not there.
import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { registerRequest } from "@/lib/requests/register-request";
import { cellDrillDown } from "@/lib/reports/cell-drill-down";
import { openReport } from "@/lib/reports/open-report";
import { findReportForUser } from "@/lib/reports/queries";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../../support/principals";
import { onlineRequestInput } from "../../support/requests";

let agencies: DemoAgencyIds;
let staff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  staff = await principalFor(DEMO.commerceStaff);
});

describe("drilling into a report cell", () => {
  it("lists the requests a 表三 cell counts, with the cell's printed row, column and live number", async () => {
    const request = await registerRequest({
      actor: staff,
      input: {
        ...onlineRequestInput(agencies.commerce),
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
    expect(found).toMatchObject({ rowLabel: expect.stringContaining("本年新收"), columnLabel: "自然人", value: 1 });
    expect(found?.result).toMatchObject({ kind: "requests", total: 1 });
    expect(found?.result.kind === "requests" && found.result.rows.map((r) => r.id)).toEqual([request.id]);

    const received = await cellDrillDown({
      user: staff,
      report,
      cell: { table: "writer", row: "requestsReceived", column: "value" },
      page: 1,
    });
    expect(received).toMatchObject({ rowLabel: null, value: 1, result: { kind: "requests", total: 1 } });
    const entered = await cellDrillDown({
      user: staff,
      report,
      cell: { table: "proactive", row: "licensing", column: "decisions" },
      page: 1,
    });
    expect(entered?.result).toEqual({ kind: "manual", key: "licensing.decisions", value: null, source: null });
  });

  it("answers nothing for a cell the report's tables do not have, and refuses another agency's user", async () => {
    const opened = await openReport({ user: staff, agencyId: agencies.commerce, year: 2025 });
    const report = (await findReportForUser(staff, opened.id))!;
    expect(
      await cellDrillDown({
        user: staff,
        report,
        cell: { table: "requests", row: "no-such-row", column: "total" },
        page: 1,
      }),
    ).toBeNull();
    expect(
      await cellDrillDown({
        user: staff,
        report,
        cell: { table: "proactive", row: "licensing", column: "made" },
        page: 1,
      }),
    ).toBeNull();
    const financeStaff = await principalFor(DEMO.financeStaff);
    await expect(
      cellDrillDown({ user: financeStaff, report, cell: { table: "requests", row: "new", column: "total" }, page: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
