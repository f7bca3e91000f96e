// 表三 for a hand-built year (2025) of 三元区商务局: every one of the 25 rows and every applicant column is hit,
// with requests carried over from 2024 and into 2026, and checked cell by cell against a table written out by
// hand. Then the 勾稽关系 check catches records a faulty migration left behind.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeReport } from "@/lib/reports/compute/compute-report";
import { seedDemo, type DemoAgencyIds } from "../../support/principals";
import { addBrokenRequest, addFee, addRequest, buildRequests2025 } from "../../support/report-records";

let agencies: DemoAgencyIds;

const NP = "NATURAL_PERSON",
  COM = "COMMERCIAL",
  RES = "RESEARCH";

/** 表三 2025, written out by hand (request numbers as in tests/support/report-records.ts REQUESTS_2025). Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
const EXPECTED_2025: Record<string, number[]> = {
  new: [5, 4, 4, 4, 3, 4, 24], // 1–22, 28, 29
  carried_in: [1, 1, 0, 0, 1, 0, 3], // 25, 23, 24
  "result.granted": [2, 1, 0, 0, 0, 0, 3], // 1, 22, 23
  "result.partial": [1, 1, 0, 0, 0, 0, 2], // 25, 2
  "result.refused.state_secret": [0, 0, 1, 0, 0, 0, 1],
  "result.refused.prohibited_by_law": [0, 0, 0, 1, 0, 0, 1],
  "result.refused.security_stability": [0, 0, 0, 0, 1, 0, 1],
  "result.refused.third_party": [0, 0, 0, 0, 0, 1, 1],
  "result.refused.internal_affairs": [1, 0, 0, 0, 0, 0, 1],
  "result.refused.process_info": [0, 1, 0, 0, 0, 0, 1],
  "result.refused.enforcement_file": [0, 0, 1, 0, 0, 0, 1],
  "result.refused.query_matter": [0, 0, 0, 1, 0, 0, 1],
  "result.unable.not_held": [0, 0, 0, 0, 1, 0, 1],
  "result.unable.needs_creation": [0, 0, 0, 0, 0, 1, 1],
  "result.unable.still_unclear": [1, 0, 0, 0, 0, 0, 1],
  "result.declined.petition": [0, 1, 0, 0, 0, 0, 1],
  "result.declined.duplicate": [0, 0, 1, 0, 0, 0, 1],
  "result.declined.publication": [0, 0, 0, 1, 0, 0, 1],
  "result.declined.excessive": [0, 0, 0, 0, 1, 0, 1],
  "result.declined.confirmation": [0, 0, 0, 0, 0, 1, 1],
  "result.other.no_correction": [1, 0, 0, 0, 0, 0, 1],
  "result.other.unpaid_fee": [0, 1, 0, 0, 0, 0, 1],
  "result.other.other": [0, 0, 1, 0, 0, 0, 1],
  "result.total": [6, 5, 4, 3, 3, 3, 24],
  carried_out: [0, 0, 0, 1, 1, 1, 3], // 28, 24, 29
};

beforeEach(async () => {
  agencies = await seedDemo();
});

const table = (report: Awaited<ReturnType<typeof computeReport>>) =>
  Object.fromEntries(report.current.requests.rows.map((r) => [r.key, r.values]));

describe("表三 2025 of a hand-built year", () => {
  it("matches the hand-written table in every cell, and reconciles", async () => {
    await buildRequests2025(agencies.commerce);
    // Another agency's requests never count in 商务局's OWN report.
    await addRequest(agencies.finance, {
      applicantType: NP,
      receivedOn: "2025-05-05",
      concludedOn: "2025-05-10",
      outcome: "GRANTED",
    });
    const report = await computeReport(db, { agencyId: agencies.commerce, year: 2025, scope: "OWN" });
    expect(report.format).toBe("GOV_2021");
    expect(report.current.requests.columns.map((c) => c.key)).toEqual([
      "natural_person",
      "commercial",
      "research",
      "public_interest",
      "legal_services",
      "other_org",
      "total",
    ]);
    expect(report.current.requests.rows.map((r) => r.key)).toEqual(Object.keys(EXPECTED_2025));
    for (const [key, values] of Object.entries(table(report))) expect(values, key).toEqual(EXPECTED_2025[key]);
    expect(report.reconciliation).toEqual({ ok: true, breaks: [] });
    expect(report.writerFigures).toMatchObject({ requestsReceived: 24, requestsConcluded: 24, repliedLate: 3 }); // 3, 14, 25
  });

  it("carries 2025's open requests into 2026 (row 四 of 2025 = row 二 of 2026)", async () => {
    await buildRequests2025(agencies.commerce);
    const report2026 = await computeReport(db, { agencyId: agencies.commerce, year: 2026, scope: "OWN" });
    const t = table(report2026);
    expect(t.carried_in).toEqual(EXPECTED_2025.carried_out);
    expect(t.new).toEqual([0, 0, 1, 0, 0, 0, 1]); // 30
    expect(t["result.granted"]).toEqual([0, 0, 0, 0, 0, 1, 1]); // 29
    expect(t.carried_out).toEqual([0, 0, 1, 1, 1, 0, 3]); // 30, 28, 24
    expect(report2026.reconciliation.ok).toBe(true);
    // And 2024's row 四 is 2025's row 二.
    expect(
      table(await computeReport(db, { agencyId: agencies.commerce, year: 2024, scope: "OWN" })).carried_out,
    ).toEqual(EXPECTED_2025.carried_in);
  });

  it("states the 信息处理费 collected in the year: fees paid within it, of this agency's requests", async () => {
    const [first, second, , fourth, , , , eighth] = await buildRequests2025(agencies.commerce);
    await addFee(first!.id, { amountYuan: 200, noticedOn: "2025-01-08", paidOn: "2025-01-10" });
    await addFee(eighth!.id, { amountYuan: 30, noticedOn: "2025-08-07", paidOn: "2025-12-31" });
    await addFee(second!.id, { amountYuan: 100, noticedOn: "2024-12-20", paidOn: "2024-12-30" }); // paid in 2024
    await addFee(fourth!.id, { amountYuan: 50, noticedOn: "2025-04-08", lapsedOn: "2025-04-30" }); // never paid
    const other = await addRequest(agencies.finance, { applicantType: NP, receivedOn: "2025-05-05" });
    await addFee(other.id, { amountYuan: 70, noticedOn: "2025-05-06", paidOn: "2025-05-08" });
    expect((await computeReport(db, { agencyId: agencies.commerce, year: 2025, scope: "OWN" })).feesCollectedYuan).toBe(
      230,
    );
  });
});

describe("勾稽关系 (row 一 + row 二 = row 三（七）+ row 四)", () => {
  it("lists every break with its column and both sides", async () => {
    await buildRequests2025(agencies.commerce);
    // As a faulty migration could leave them: concluded without an outcome, and concluded before it was received.
    await addBrokenRequest(agencies.commerce, {
      applicantType: RES,
      receivedOn: "2025-03-01",
      concludedOn: "2025-04-01",
      outcome: null,
    });
    await addBrokenRequest(agencies.commerce, {
      applicantType: COM,
      receivedOn: "2025-02-01",
      concludedOn: "2024-12-20",
      outcome: "GRANTED",
    });
    const report = await computeReport(db, { agencyId: agencies.commerce, year: 2025, scope: "OWN" });
    expect(report.reconciliation.ok).toBe(false);
    expect(report.reconciliation.breaks).toEqual([
      { column: "commercial", columnLabel: "商业企业", incoming: 4 + 1 + 1, outgoing: 5 + 0 },
      { column: "research", columnLabel: "科研机构", incoming: 4 + 0 + 1, outgoing: 4 + 0 },
      { column: "total", columnLabel: "总计", incoming: 24 + 3 + 2, outgoing: 24 + 3 },
    ]);
    // 2024 sees the second one concluded (予以公开) without ever having received it.
    const report2024 = await computeReport(db, { agencyId: agencies.commerce, year: 2024, scope: "OWN" });
    expect(report2024.reconciliation.breaks.map((b) => b.column)).toEqual(["commercial", "total"]);
  });
});
