// The older format's historical figures (years before the agency kept its records in Gongkai): staff enter
// a year from the paper report or import a CSV (UTF-8 or GBK), all or nothing, and the numbers must hang
// together — 历年累计 ≥ 本年, sub-rows ≤ their total, each year's 历年累计 ≥ the previous year's + 本年.
import iconv from "iconv-lite";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { AppError } from "@/lib/errors/app-error";
import { recordComplaint } from "@/lib/complaints/record-complaint";
import { computeReport } from "@/lib/reports/compute/compute-report";
import { LEGACY_ROW_KEYS } from "@/lib/reports/formats/legacy-table";
import { importHistoricalFigures } from "@/lib/reports/historical/import-historical-figures";
import { loadHistoricalYears } from "@/lib/reports/historical/queries";
import { setHistoricalYear } from "@/lib/reports/historical/set-historical-year";
import type { ImportValidationError } from "@/lib/items/import/errors";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../../support/principals";

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser, reviewer: CurrentUser, financeStaff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, reviewer, financeStaff] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.commerceReviewer, DEMO.financeStaff].map(principalFor),
  );
});

type Cells = Record<string, [number, number]>;
const figures = (cells: Cells = {}) =>
  Object.fromEntries(
    LEGACY_ROW_KEYS.map((key) => [key, { thisYear: cells[key]?.[0] ?? 0, cumulative: cells[key]?.[1] ?? 0 }]),
  );
const year = (y: number, cells: Cells = {}, source = `${y}年度报告（纸质）`) => ({
  year: y,
  source,
  figures: figures(cells),
});
const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );
const set = (input: unknown, actor = staff, agencyId = agencies.commerce) =>
  setHistoricalYear({ actor, agencyId, input });

describe("entering one year", () => {
  it("stores every row with its source, audited, and everyone who reads reports sees it", async () => {
    await set(
      year(2012, {
        "proactive.total": [4, 6],
        "proactive.website": [4, 6],
        "requests.total": [1, 1],
        "requests.letter_fax": [1, 1],
        "replies.total": [1, 1],
        "replies.granted": [1, 1],
      }),
    );
    for (const reader of [staff, leader, reviewer]) {
      const years = await loadHistoricalYears(reader, agencies.commerce);
      expect(years?.map((y) => [y.year, y.source, y.figures["proactive.total"], y.figures["replies.granted"]])).toEqual(
        [[2012, "2012年度报告（纸质）", { thisYear: 4, cumulative: 6 }, { thisYear: 1, cumulative: 1 }]],
      );
    }
    expect(await db.reportHistoricalFigure.count({ where: { agencyId: agencies.commerce, year: 2012 } })).toBe(
      LEGACY_ROW_KEYS.length,
    );
    const event = await db.auditEvent.findFirstOrThrow({ where: { type: "report.historical_set" } });
    expect(event).toMatchObject({
      agencyId: agencies.commerce,
      actorId: staff.id,
      payload: { year: 2012, source: "2012年度报告（纸质）" },
    });
    expect((event.payload as { changes: Record<string, unknown> }).changes["proactive.total"]).toEqual({
      from: null,
      to: [4, 6],
    });

    // A correction replaces the year and the audit row says what changed.
    await set(year(2012, { "proactive.total": [5, 7], "proactive.website": [4, 6] }, "2012年度报告（纸质，更正）"));
    const [corrected] = (await loadHistoricalYears(staff, agencies.commerce))!;
    expect(corrected.figures["proactive.total"]).toEqual({ thisYear: 5, cumulative: 7 });
    const correction = await db.auditEvent.findFirstOrThrow({
      where: { type: "report.historical_set" },
      orderBy: { at: "desc" },
    });
    expect((correction.payload as { changes: Record<string, unknown> }).changes).toMatchObject({
      "proactive.total": { from: [4, 6], to: [5, 7] },
      source: { to: "2012年度报告（纸质，更正）" },
    });
  });

  it("puts each broken rule on its cell: 历年累计 < 本年, a sub-row above its total, channels summing above the total", async () => {
    const e = await fail(
      set(
        year(2012, {
          complaints: [2, 1],
          "proactive.total": [3, 3],
          "proactive.website": [4, 4],
          "requests.total": [2, 2],
          "requests.in_person": [1, 1],
          "requests.online": [1, 1],
          "requests.letter_fax": [1, 1],
        }),
      ),
    );
    expect(e?.fieldErrors).toEqual({
      "figures.complaints.cumulative": ["historicalCumulativeBelowThisYear"],
      "figures.proactive.website.thisYear": ["historicalPartAboveTotal"],
      "figures.proactive.website.cumulative": ["historicalPartAboveTotal"],
      ...Object.fromEntries(
        ["in_person", "online", "letter_fax"].flatMap((c) =>
          ["thisYear", "cumulative"].map((col) => [`figures.requests.${c}.${col}`, ["historicalPartsAboveTotal"]]),
        ),
      ),
    });
    expect(await db.reportHistoricalFigure.count()).toBe(0);
  });

  it("wants every cell, as a whole number, and a source", async () => {
    const input = year(2012);
    const e = await fail(
      set({
        ...input,
        source: " ",
        figures: { ...input.figures, "proactive.total": { thisYear: "", cumulative: "1.5" } },
      }),
    );
    expect(e?.fieldErrors).toEqual({
      source: ["required"],
      "figures.proactive.total.thisYear": ["required"],
      "figures.proactive.total.cumulative": ["historicalCount"],
    });
  });

  it("only takes 2008–2018, and only years before the agency's first record", async () => {
    expect((await fail(set(year(2019))))?.fieldErrors).toEqual({ year: ["historicalYearTooLate"] });
    expect((await fail(set(year(2007))))?.fieldErrors).toEqual({ year: ["historicalYearTooEarly"] });
    await recordComplaint({
      actor: staff,
      agencyId: agencies.commerce,
      input: { kind: "REPORT", receivedOn: "2015-03-02", summary: "举报网站信息更新不及时。" },
    });
    expect((await fail(set(year(2015))))?.fieldErrors).toEqual({ year: ["historicalYearHasRecords"] });
    expect((await fail(set(year(2016))))?.fieldErrors).toEqual({ year: ["historicalYearHasRecords"] });
    await expect(set(year(2014))).resolves.toMatchObject({ year: 2014 });
  });

  it("keeps the years consistent: 历年累计 ≥ the previous entered year's 历年累计 + 本年, in either order of entry", async () => {
    await set(year(2012, { "proactive.total": [4, 6], "proactive.website": [4, 6] }));
    const below = await fail(set(year(2013, { "proactive.total": [3, 8], "proactive.website": [3, 8] })));
    expect(below?.fieldErrors).toEqual({
      "figures.proactive.total.cumulative": ["historicalBelowPrevious"],
      "figures.proactive.website.cumulative": ["historicalBelowPrevious"],
    });
    // Skipping 2013 is fine as long as 2014 is at least 2012 + 2014's own 本年.
    await set(year(2014, { "proactive.total": [3, 12], "proactive.website": [3, 12] }));
    // An earlier year entered afterwards may not push 2012 below it.
    const aboveNext = await fail(set(year(2011, { "proactive.total": [2, 3] })));
    expect(aboveNext?.fieldErrors).toEqual({ "figures.proactive.total.cumulative": ["historicalAboveNext"] });
    await expect(set(year(2011, { "proactive.total": [2, 2] }))).resolves.toBeTruthy();
  });

  it("is for staff (report.edit) only, and another agency's id answers 404", async () => {
    expect(await fail(set(year(2012), leader))).toMatchObject({ code: "FORBIDDEN" });
    expect(await fail(set(year(2012), reviewer))).toMatchObject({ code: "FORBIDDEN" });
    expect(await fail(set(year(2012), financeStaff))).toMatchObject({ code: "NOT_FOUND" });
    expect(await fail(set(year(2012), staff, "not-a-uuid"))).toMatchObject({ code: "NOT_FOUND" });
    await set(year(2012));
    expect(await loadHistoricalYears(financeStaff, agencies.commerce)).toBeNull();
  });
});

const csv = (lines: string[]) => `${["year,key,this_year,cumulative,source", ...lines].join("\r\n")}\r\n`;
const yearLines = (y: number, cells: Cells, source: string) =>
  LEGACY_ROW_KEYS.map((key) => `${y},${key},${cells[key]?.[0] ?? 0},${cells[key]?.[1] ?? 0},${source}`);
const importFile = (text: string, options: { gbk?: boolean; actor?: CurrentUser } = {}) =>
  importHistoricalFigures({
    actor: options.actor ?? staff,
    agencyId: agencies.commerce,
    file: {
      bytes: options.gbk ? new Uint8Array(iconv.encode(text, "gbk")) : new TextEncoder().encode(text),
      fileName: "历史数据.csv",
    },
  });
const rowErrors = (e: unknown) => (e as ImportValidationError).rowErrors.map((r) => [r.row, r.column, r.message]);

describe("the CSV import", () => {
  it("reads a GBK file as Chinese Excel saves it, by key or by printed label, several years at once", async () => {
    const lines = [
      ...yearLines(2011, { "proactive.total": [2, 2], "proactive.website": [2, 2] }, "2011年度报告（纸质）"),
      ...yearLines(2012, { "proactive.total": [4, 6], "proactive.website": [4, 6] }, "2012年度报告（纸质）").map((l) =>
        l.replace(",complaints,", ",接受行政申诉、举报数,"),
      ),
    ];
    const bytes = iconv.encode(csv(lines), "gbk");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    expect(await importFile(csv(lines), { gbk: true })).toEqual({
      years: [2011, 2012],
      rows: 2 * LEGACY_ROW_KEYS.length,
    });
    const years = (await loadHistoricalYears(leader, agencies.commerce))!;
    expect(years.map((y) => [y.year, y.source, y.figures["proactive.total"].cumulative, y.figures.complaints])).toEqual(
      [
        [2011, "2011年度报告（纸质）", 2, { thisYear: 0, cumulative: 0 }],
        [2012, "2012年度报告（纸质）", 6, { thisYear: 0, cumulative: 0 }],
      ],
    );
    expect(await db.auditEvent.findFirstOrThrow({ where: { type: "report.historical_imported" } })).toMatchObject({
      agencyId: agencies.commerce,
      payload: { years: [2011, 2012], rows: 30, fileName: "历史数据.csv" },
    });
  });

  it("reports every problem with its line and writes nothing", async () => {
    await set(year(2010, { "proactive.total": [1, 1], "proactive.website": [1, 1] }));
    const lines = yearLines(2012, { "proactive.total": [4, 6], "proactive.website": [4, 6] }, "2012年度报告（纸质）");
    lines[0] = "2012,proactive.total,4,3,2012年度报告（纸质）"; // line 2: 历年累计 < 本年
    lines[3] = "2012,requests.total,x,0,2012年度报告（纸质）"; // line 5: not a count
    lines[5] = "2012,requests.unknown,0,0,2012年度报告（纸质）"; // line 7: unknown key (so requests.online is missing)
    lines.push("2012,reviews,0,0,2012年度报告（纸质）"); // line 17: twice
    lines.push("2019,reviews,0,0,2019年度报告"); // line 18: 2019 (and that year is incomplete)
    lines.push("2011,lawsuits,0,0,"); // line 19: no source
    const e = await fail(importFile(csv(lines)));
    expect(e).toMatchObject({ code: "VALIDATION", message: "importRejected" });
    expect(rowErrors(e)).toEqual(
      expect.arrayContaining([
        [2, "cumulative", "historicalCumulativeBelowThisYear"],
        [5, "this_year", "historicalCount"],
        [7, "key", "historicalKeyUnknown"],
        [17, "key", "historicalDuplicateLine"],
        [18, "year", "historicalYearTooLate"],
        [19, "source", "required"],
        [null, "key", "historicalYearIncomplete"],
      ]),
    );
    expect((e as ImportValidationError).rowErrors.find((r) => r.message === "historicalDuplicateLine")?.params).toEqual(
      { row: 15 },
    );
    // A line with a bad number still names its row: only the row no line named is missing.
    expect(
      (e as ImportValidationError).rowErrors
        .filter((r) => r.message === "historicalYearIncomplete")
        .map((r) => r.params),
    ).toEqual(expect.arrayContaining([{ year: 2012, keys: "2.网络申请数" }]));
    expect(await db.reportHistoricalFigure.count({ where: { year: { not: 2010 } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { type: "report.historical_imported" } })).toBe(0);
  });

  it("checks the imported years against the years already entered", async () => {
    await set(year(2013, { "proactive.total": [2, 5] }));
    // 2012's 历年累计 6 + 2013's 本年 2 = 8 > 5: the stored 2013 would no longer hang together.
    const e = await fail(importFile(csv(yearLines(2012, { "proactive.total": [4, 6] }, "2012年度报告"))));
    expect(rowErrors(e)).toEqual([[null, "cumulative", "historicalStoredYearBroken"]]);
    expect((e as ImportValidationError).rowErrors[0].params).toEqual({ year: 2013, key: "主动公开文件数", minimum: 8 });
  });

  it("refuses a file with a wrong header, and anyone but staff", async () => {
    const e = await fail(importFile("年份,key,this_year,cumulative\r\n2012,complaints,0,0\r\n"));
    expect(rowErrors(e)).toEqual([
      [1, "年份", "importUnknownColumn"],
      [1, "year", "importMissingColumn"],
      [1, "source", "importMissingColumn"],
    ]);
    expect(await fail(importFile(csv(yearLines(2012, {}, "x")), { actor: leader }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await fail(importFile(csv(yearLines(2012, {}, "x")), { actor: financeStaff }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("as opening balances", () => {
  it("carry into a later year's 历年累计 counted from the records (接受行政申诉、举报数)", async () => {
    await set(year(2012, { complaints: [1, 2] }));
    await set(year(2013, { complaints: [1, 3] }));
    await recordComplaint({
      actor: staff,
      agencyId: agencies.commerce,
      input: { kind: "COMPLAINT", receivedOn: "2015-06-01", summary: "申诉未按时答复。" },
    });
    const computed = await computeReport(db, { agencyId: agencies.commerce, year: 2015, scope: "OWN" });
    const row = computed.legacy.legacy.rows.find((r) => r.key === "complaints")!;
    expect(row.values).toEqual([1, 4]);
    // A year entered by hand is shown as entered.
    const entered = await computeReport(db, { agencyId: agencies.commerce, year: 2013, scope: "OWN" });
    expect(entered.legacy.legacy.rows.find((r) => r.key === "complaints")!.values).toEqual([1, 3]);
  });
});
