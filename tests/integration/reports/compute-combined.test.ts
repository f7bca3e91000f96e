// 汇总报告: 区政府's COMBINED report is, cell by cell, the sum of the OWN reports of the government and its
// departments; its drill-down shows each agency's figure, never another agency's records.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeReport } from "@/lib/reports/compute/compute-report";
import { drillDown } from "@/lib/reports/compute/drill-down";
import { reportAgencyIds } from "@/lib/reports/compute/report-subject";
import type { ComputedReport, FigureTable } from "@/lib/reports/types";
import { seedDemo, type DemoAgencyIds } from "../../support/principals";
import {
  addAppeal,
  addComplaint,
  addFee,
  addItem,
  addManualFigure,
  addRequest,
  buildCommerceYear,
  buildRequests2025,
} from "../../support/report-records";

let agencies: DemoAgencyIds;

beforeEach(async () => {
  agencies = await seedDemo();
  await buildCommerceYear(agencies.commerce);
  // 财政局: another year of requests, an appeal, a fee, a complaint and two normative documents.
  const finance = await buildRequests2025(agencies.finance);
  await addAppeal(finance[3]!.id, {
    kind: "LAWSUIT_DIRECT",
    filedOn: "2025-06-01",
    result: "CORRECTED",
    concludedOn: "2025-10-01",
  });
  await addFee(finance[5]!.id, { amountYuan: 60, noticedOn: "2025-06-06", paidOn: "2025-06-16" });
  await addComplaint(agencies.finance, { receivedOn: "2025-08-08" });
  await addItem(agencies.finance, {
    state: "PUBLISHED",
    documentKind: "NORMATIVE_DOCUMENT",
    writtenOn: "2025-01-20",
    publishedOn: "2025-01-25",
    channels: ["WEBSITE", "GAZETTE"],
  });
  await addItem(agencies.finance, {
    state: "PUBLISHED",
    documentKind: "NORMATIVE_DOCUMENT",
    writtenOn: "2019-01-20",
    publishedOn: "2019-01-25",
    validity: "REPEALED",
    validityChangedOn: "2025-03-01",
  });
  // 区政府 itself: one request carried into 2026 and a 规章.
  await addRequest(agencies.government, {
    applicantType: "LEGAL_SERVICES",
    receivedOn: "2025-12-30",
    channel: "LETTER",
  });
  await addItem(agencies.government, {
    state: "PUBLISHED",
    documentKind: "REGULATION",
    writtenOn: "2025-04-04",
    publishedOn: "2025-04-08",
    genre: "INTERPRETATION",
  });
});

function sum(tables: FigureTable[]): (number | null)[][] {
  return tables[0]!.rows.map((row, r) =>
    row.values.map((_, c) =>
      tables.reduce<number | null>((total, t) => {
        const v = t.rows[r]!.values[c] ?? null;
        return v === null ? total : (total ?? 0) + v;
      }, null),
    ),
  );
}
const values = (t: FigureTable) => t.rows.map((r) => r.values);

describe("the district government's combined report", () => {
  it("covers the government and every department below it", async () => {
    const ids = await reportAgencyIds(db, agencies.government, "COMBINED");
    expect(ids[0]).toBe(agencies.government);
    expect(ids).toHaveLength(5);
    expect(ids).toEqual(expect.arrayContaining([agencies.commerce, agencies.finance]));
    expect(await reportAgencyIds(db, agencies.commerce, "COMBINED")).toEqual([agencies.commerce]);
    expect(await reportAgencyIds(db, agencies.government, "OWN")).toEqual([agencies.government]);
  });

  it("is the cell-by-cell sum of the OWN reports of its agencies", async () => {
    const combined = await computeReport(db, { agencyId: agencies.government, year: 2025, scope: "COMBINED" });
    const own: ComputedReport[] = [];
    for (const agencyId of await reportAgencyIds(db, agencies.government, "COMBINED"))
      own.push(await computeReport(db, { agencyId, year: 2025, scope: "OWN" }));

    expect(values(combined.current.requests)).toEqual(sum(own.map((r) => r.current.requests)));
    expect(values(combined.current.appeals)).toEqual(sum(own.map((r) => r.current.appeals)));
    expect(values(combined.legacy.legacy)).toEqual(sum(own.map((r) => r.legacy.legacy)));
    // 表二's counted rows (the entered ones follow their own rule, below).
    const counted = (t: FigureTable) => t.rows.filter((r) => r.key === "regulation" || r.key === "normative_document");
    expect(counted(combined.current.proactive).map((r) => r.values)).toEqual(
      sum(own.map((r) => ({ ...r.current.proactive, rows: counted(r.current.proactive) }))),
    );
    expect(combined.feesCollectedYuan).toBe(own.reduce((s, r) => s + r.feesCollectedYuan, 0));
    for (const key of ["interpretations", "requestsReceived", "requestsConcluded", "repliedLate"] as const) {
      expect(combined.writerFigures[key], key).toBe(own.reduce((s, r) => s + r.writerFigures[key], 0));
    }
    expect(combined.reconciliation.ok).toBe(true);

    // And by hand, the headline numbers: 24 + 24 + 1 new requests; 规章 made: 商务局 I1 + 区政府 1.
    expect(combined.current.requests.rows.find((r) => r.key === "new")!.values.at(-1)).toBe(49);
    expect(combined.current.proactive.rows.find((r) => r.key === "regulation")!.values.slice(0, 3)).toEqual([2, 1, 2]);
    expect(combined.feesCollectedYuan).toBe(260);
  });

  it("takes its own entered figure, or else the sum of the departments' own reports", async () => {
    await addManualFigure(agencies.commerce, 2025, "OWN", "licensing.decisions", 12);
    await addManualFigure(agencies.finance, 2025, "OWN", "licensing.decisions", 8);
    await addManualFigure(agencies.commerce, 2025, "OWN", "penalty.decisions", 3);
    await addManualFigure(agencies.commerce, 2025, "OWN", "fees.amount", 0.3);
    await addManualFigure(agencies.government, 2025, "COMBINED", "fees.amount", 1.5, "区财政局非税收入统计");
    const combined = await computeReport(db, { agencyId: agencies.government, year: 2025, scope: "COMBINED" });
    const table = Object.fromEntries(combined.current.proactive.rows.map((r) => [r.key, r.values]));
    expect(table.licensing![3]).toBe(20);
    expect(table.penalty![3]).toBe(3);
    expect(table.coercion![3]).toBeNull();
    expect(table.administrative_fees![4]).toBe(1.5);
    expect(combined.missingManualFigures).toEqual(["coercion.decisions"]);

    const drill = (row: string, column: string) =>
      drillDown(db, {
        agencyId: agencies.government,
        year: 2025,
        scope: "COMBINED",
        cell: { table: "proactive", row, column },
      });
    expect(await drill("administrative_fees", "amount")).toEqual({
      kind: "manual",
      key: "fees.amount",
      value: 1.5,
      source: "区财政局非税收入统计",
    });
    const licensing = await drill("licensing", "decisions");
    expect(licensing?.kind).toBe("agencies");
    if (licensing?.kind !== "agencies") return;
    expect(licensing.total).toBe(20);
    expect(licensing.rows.find((r) => r.agencyId === agencies.commerce)?.value).toBe(12);
    expect(licensing.rows.find((r) => r.agencyId === agencies.government)?.value).toBeNull();
  });

  it("drills down to each agency's figure, never to a department's records", async () => {
    const combined = await computeReport(db, { agencyId: agencies.government, year: 2025, scope: "COMBINED" });
    const cells = [
      { table: "requests", row: "new", column: "total" },
      { table: "requests", row: "carried_out", column: "legal_services" },
      { table: "appeals", row: "appeals", column: "suit_direct.total" },
      { table: "proactive", row: "normative_document", column: "repealed" },
      { table: "legacy", row: "complaints", column: "cumulative" },
      { table: "writer", row: "channel:GAZETTE", column: "value" },
    ] as const;
    const combinedFigure = (cell: (typeof cells)[number]) => {
      if (cell.table === "writer") return combined.writerFigures.byChannel.find((f) => f.key === cell.row)!.value;
      const table = cell.table === "legacy" ? combined.legacy.legacy : combined.current[cell.table];
      return table.rows.find((r) => r.key === cell.row)!.values[table.columns.findIndex((c) => c.key === cell.column)];
    };
    for (const cell of cells) {
      const result = await drillDown(db, { agencyId: agencies.government, year: 2025, scope: "COMBINED", cell });
      expect(result?.kind, JSON.stringify(cell)).toBe("agencies");
      if (result?.kind !== "agencies") continue;
      expect(result.total, JSON.stringify(cell)).toBe(combinedFigure(cell));
      expect(result.rows[0]!.agencyId).toBe(agencies.government); // the report's own agency first
      expect(result.rows).toHaveLength(5);
      for (const row of result.rows) expect(Object.keys(row).sort()).toEqual(["agencyId", "code", "name", "value"]); // figures, not records
    }
    const requests = await drillDown(db, {
      agencyId: agencies.government,
      year: 2025,
      scope: "COMBINED",
      cell: { table: "requests", row: "new", column: "total" },
    });
    expect(requests?.kind === "agencies" && requests.rows.map((r) => [r.code, r.value])).toEqual([
      ["350403000", 1],
      ["350403001", 24],
      ["350403002", 24],
      ["350403003", 0],
      ["350403004", 0],
    ]);
  });
});
