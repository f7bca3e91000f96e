// Drill-down: every number of the hand-built year lists exactly the records it counts (same rules, same SQL),
// an entered figure shows its value and source, and an unknown cell is no cell at all.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeReport } from "@/lib/reports/compute/compute-report";
import { drillDown, type DrillDownCell } from "@/lib/reports/compute/drill-down";
import type { ComputedReport, FigureTable } from "@/lib/reports/types";
import { seedDemo, type DemoAgencyIds } from "../../support/principals";
import { addManualFigure, buildCommerceYear } from "../../support/report-records";

let agencies: DemoAgencyIds;
let report: ComputedReport;

beforeEach(async () => {
  agencies = await seedDemo();
  await buildCommerceYear(agencies.commerce);
  await addManualFigure(agencies.commerce, 2025, "OWN", "licensing.decisions", 12, "区行政服务中心审批系统");
  report = await computeReport(db, { agencyId: agencies.commerce, year: 2025, scope: "OWN" });
});

const drill = (cell: DrillDownCell, page?: number) =>
  drillDown(db, { agencyId: agencies.commerce, year: 2025, scope: "OWN", cell, page });

function cellsOf(table: "requests" | "appeals" | "proactive" | "legacy", figures: FigureTable) {
  return figures.rows.flatMap((row) =>
    figures.columns.map((column, n) => ({
      cell: { table, row: row.key, column: column.key },
      value: row.values[n] ?? null,
    })),
  );
}

describe("drill-down of a department's own report", () => {
  it("lists exactly as many records as every number counts, in every table", async () => {
    const cells = [
      ...cellsOf("requests", report.current.requests),
      ...cellsOf("appeals", report.current.appeals),
      ...cellsOf("proactive", report.current.proactive),
      ...cellsOf("legacy", report.legacy.legacy),
    ];
    expect(cells.length).toBeGreaterThan(25 * 7 + 15 + 30);
    for (const { cell, value } of cells) {
      const result = await drill(cell);
      if (value === null) {
        // A printed table's empty cell is no cell; an entered figure not entered yet is a manual cell without value.
        expect(result === null || (result.kind === "manual" && result.value === null), JSON.stringify(cell)).toBe(true);
        continue;
      }
      expect(result, JSON.stringify(cell)).not.toBeNull();
      if (result!.kind === "manual") expect(result!.value, JSON.stringify(cell)).toBe(value);
      else expect("total" in result! && result.total, JSON.stringify(cell)).toBe(value);
    }
  });

  it("lists the records behind every writer figure", async () => {
    const figures = report.writerFigures;
    const all = [
      ...figures.byCategory,
      ...figures.byChannel,
      { key: "interpretations", value: figures.interpretations },
      { key: "requestsReceived", value: figures.requestsReceived },
      { key: "requestsConcluded", value: figures.requestsConcluded },
      { key: "repliedLate", value: figures.repliedLate },
    ];
    for (const { key, value } of all) {
      const result = await drill({ table: "writer", row: key, column: "value" });
      expect(result && "total" in result ? result.total : null, key).toBe(value);
    }
  });

  it("shows the records themselves, 50 a page", async () => {
    const result = await drill({ table: "requests", row: "new", column: "natural_person" });
    expect(result?.kind).toBe("requests");
    if (result?.kind !== "requests") return;
    expect(result).toMatchObject({ total: 5, page: 1, pageSize: 50 });
    expect(result.rows.map((r) => r.receivedOn)).toEqual([
      "2025-01-06",
      "2025-01-08",
      "2025-03-01",
      "2025-07-07",
      "2025-07-10",
    ]);
    expect(result.rows.every((r) => r.applicantType === "NATURAL_PERSON" && r.trackingCode.startsWith("T"))).toBe(true);
    const page2 = await drill({ table: "requests", row: "new", column: "natural_person" }, 2);
    expect(page2).toMatchObject({ kind: "requests", total: 5, page: 2, rows: [] });

    const items = await drill({ table: "proactive", row: "normative_document", column: "valid" });
    expect(items?.kind === "items" && items.rows.map((r) => r.writtenOn)).toEqual([
      "2024-12-20",
      "2025-03-01",
      "2025-06-01",
    ]);
    const appeals = await drill({ table: "appeals", row: "appeals", column: "review.pending" });
    expect(appeals?.kind === "appeals" && appeals.rows.map((r) => [r.filedOn, r.result])).toEqual([
      ["2024-03-01", "PENDING"],
      ["2025-05-01", "PENDING"],
    ]);
    const complaints = await drill({ table: "legacy", row: "complaints", column: "this_year" });
    expect(complaints?.kind === "complaints" && complaints.rows.map((r) => [r.receivedOn, r.kind])).toEqual([
      ["2025-03-03", "COMPLAINT"],
      ["2025-11-11", "REPORT"],
    ]);
  });

  it("shows an entered figure with its source", async () => {
    expect(await drill({ table: "proactive", row: "licensing", column: "decisions" })).toEqual({
      kind: "manual",
      key: "licensing.decisions",
      value: 12,
      source: "区行政服务中心审批系统",
    });
    expect(await drill({ table: "proactive", row: "penalty", column: "decisions" })).toEqual({
      kind: "manual",
      key: "penalty.decisions",
      value: null,
      source: null,
    });
  });

  it("answers null for a cell that does not exist", async () => {
    const unknown: DrillDownCell[] = [
      { table: "requests", row: "nope", column: "total" },
      { table: "requests", row: "new", column: "nope" },
      { table: "appeals", row: "appeals", column: "review.nope" },
      { table: "appeals", row: "nope", column: "review.total" },
      { table: "proactive", row: "regulation", column: "decisions" }, // no such cell in the printed table
      { table: "proactive", row: "regulation", column: "toString" },
      { table: "proactive", row: "regulation", column: "new_made" }, // the 2019 layout's column, not 2025's
      { table: "legacy", row: "complaints", column: "total" },
      { table: "writer", row: "category:", column: "value" },
      { table: "writer", row: "channel:TELEGRAM", column: "value" },
      { table: "writer", row: "requestsReceived", column: "total" },
      { table: "nope" as "writer", row: "new", column: "total" },
    ];
    for (const cell of unknown) expect(await drill(cell), JSON.stringify(cell)).toBeNull();
    expect(
      await drillDown(db, {
        agencyId: agencies.commerce,
        year: 1999,
        scope: "OWN",
        cell: { table: "requests", row: "new", column: "total" },
      }),
    ).toBeNull();
  });

  it("never shows another agency's records", async () => {
    const finance = await drillDown(db, {
      agencyId: agencies.finance,
      year: 2025,
      scope: "OWN",
      cell: { table: "requests", row: "new", column: "total" },
    });
    expect(finance).toMatchObject({ kind: "requests", total: 0, rows: [] });
  });
});
