// A published version's drill-down lists the records each number counted at publication (their ids are frozen
// with the version, in the same transaction), marks the ones that no longer count there, and lists the records
// that count there now but did not then — so a back-dated registration or a corrected conclusion date after
// publication is visible, while the published number never moves.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { toDbDate } from "@/lib/calendar/calendar-date";
import type { DrillDownCell } from "@/lib/reports/compute/drill-down";
import { findVersionForUser } from "@/lib/reports/queries";
import type { FigureTable, FrozenFigures } from "@/lib/reports/types";
import { versionCellDrillDown } from "@/lib/reports/version-drill-down";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../../support/principals";
import { addRequest, buildCommerceYear } from "../../support/report-records";
import { draftReport, narrativeFor, publish } from "./public-publish";

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser, financeStaff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, financeStaff] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.financeStaff].map(principalFor),
  );
});

async function publish2025() {
  await buildCommerceYear(agencies.commerce);
  const report = await draftReport(staff, agencies.commerce, 2025, narrativeFor("冻结"));
  await publish(staff, leader, report.id);
  const found = (await findVersionForUser(staff, report.id, 1))!;
  const drill = (cell: DrillDownCell, user = staff, page = 1) =>
    versionCellDrillDown({ user, report: found.report, version: found.version, cell, page });
  return { report, found, drill };
}

const cellsOf = (table: "requests" | "appeals" | "proactive", figures: FigureTable) =>
  figures.rows.flatMap((row) =>
    figures.columns.map((column, n) => ({ cell: { table, row: row.key, column: column.key }, value: row.values[n] })),
  );

describe("the drill-down of a published version", () => {
  it("lists, for every number of 表三, 表四 and 表二, exactly the records it counted", async () => {
    const { found, drill } = await publish2025();
    expect(found.version.recordsFrozen).toBe(true);
    const figures = found.figures as FrozenFigures;
    const cells = [
      ...cellsOf("requests", figures.current.requests),
      ...cellsOf("appeals", figures.current.appeals),
      ...cellsOf("proactive", figures.current.proactive),
    ];
    let listed = 0;
    for (const { cell, value } of cells) {
      const result = await drill(cell);
      if (value === null || value === undefined) continue;
      expect(result, JSON.stringify(cell)).not.toBeNull();
      if (!result!.frozen) continue; // an entered figure (表二 第（五）项 …) has no records
      expect(result!.frozenTotal, JSON.stringify(cell)).toBe(value);
      expect(result!.changedIds, JSON.stringify(cell)).toEqual([]);
      expect(result!.addedSince.total, JSON.stringify(cell)).toBe(0);
      listed += 1;
    }
    expect(listed).toBeGreaterThan(25 * 7 + 15);
    // The older format's 本年 is frozen too.
    const legacy = await drill({ table: "legacy", row: "requests.total", column: "this_year" });
    expect(legacy?.frozen && legacy.frozenTotal).toBe(
      figures.legacy.legacy.rows.find((r) => r.key === "requests.total")!.values[0],
    );
  });

  it("marks a record whose conclusion changed after publication, and lists a back-dated registration", async () => {
    const { found, drill } = await publish2025();
    const granted: DrillDownCell = { table: "requests", row: "result.granted", column: "total" };
    const before = await drill(granted);
    expect(before?.frozen).toBe(true);
    if (!before?.frozen) return;
    const published = before.frozenTotal;
    // A conclusion date corrected into 2026 after publication: the request no longer counts in 2025's （一）.
    const moved = before.records.rows[0]!.id;
    await db.infoRequest.update({ where: { id: moved }, data: { concludedOn: toDbDate("2026-01-05") } });
    // A request registered now, back-dated into 2025.
    const late = await addRequest(agencies.commerce, {
      applicantType: "NATURAL_PERSON",
      receivedOn: "2025-12-29",
      concludedOn: "2025-12-30",
      outcome: "GRANTED",
    });

    const after = await drill(granted);
    if (!after?.frozen) throw new Error("not frozen");
    expect(after.value).toBe(published); // the published number never moves
    expect(after.frozenTotal).toBe(published);
    expect(after.records.rows.map((r) => r.id)).toContain(moved); // still listed as counted then …
    expect(after.changedIds).toEqual([moved]); // … and marked
    expect(after.addedSince.rows.map((r) => r.id)).toEqual([late.id]);
    const received = await drill({ table: "requests", row: "new", column: "natural_person" });
    expect(received?.frozen && received.addedSince.rows.map((r) => r.id)).toEqual([late.id]);
    // The version's figures themselves are untouched.
    expect((await findVersionForUser(staff, found.report.id, 1))?.figures).toEqual(found.figures);
  });

  it("is the agency's own, and what publishing froze is never changed or removed", async () => {
    const { found } = await publish2025();
    expect(await findVersionForUser(financeStaff, found.report.id, 1)).toBeNull();
    expect(await db.annualReportVersionCell.count({ where: { versionId: found.version.id } })).toBeGreaterThan(0);
    // What publishing froze is never changed or removed.
    await expect(
      db.$executeRaw`UPDATE annual_report_version_cell SET record_ids = '{}' WHERE version_id = ${found.version.id}::uuid`,
    ).rejects.toThrow(/append-only/);
    await expect(
      db.$executeRaw`DELETE FROM annual_report_version_cell WHERE version_id = ${found.version.id}::uuid`,
    ).rejects.toThrow(/append-only/);
  });
});
