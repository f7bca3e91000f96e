// Historical figures (report_historical_figure, from the paper reports of years before Gongkai): an old year
// is republished from its own figures, and a later year's 历年累计 starts from the latest earlier one.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeReport } from "@/lib/reports/compute/compute-report";
import { drillDown } from "@/lib/reports/compute/drill-down";
import { seedDemo, type DemoAgencyIds } from "../../support/principals";
import { addHistoricalFigure, addItem, addRequest } from "../../support/report-records";

let agencies: DemoAgencyIds;

beforeEach(async () => {
  agencies = await seedDemo();
  // Paper reports: 2014 (主动公开 3, 累计 7) and 2016 (5, 累计 12); 2016 also states its requests (1, 累计 4).
  await addHistoricalFigure(agencies.commerce, { year: 2014, key: "proactive.total", thisYear: 3, cumulative: 7 });
  await addHistoricalFigure(agencies.commerce, {
    year: 2016,
    key: "proactive.total",
    thisYear: 5,
    cumulative: 12,
    source: "三元区商务局2016年政府信息公开工作年度报告附表",
  });
  await addHistoricalFigure(agencies.commerce, { year: 2016, key: "requests.total", thisYear: 1, cumulative: 4 });
  // Records: one item in each of 2015 and 2016 (covered by the paper figures), two in 2017, a request in 2017.
  for (const publishedOn of ["2015-05-05", "2016-06-06", "2017-03-03", "2017-09-09"] as const) {
    await addItem(agencies.commerce, { state: "PUBLISHED", writtenOn: publishedOn, publishedOn });
  }
  await addRequest(agencies.commerce, {
    applicantType: "NATURAL_PERSON",
    receivedOn: "2017-04-04",
    concludedOn: "2017-04-20",
    outcome: "GRANTED",
  });
});

const legacy = async (year: number, agencyId = agencies.commerce, scope: "OWN" | "COMBINED" = "OWN") =>
  Object.fromEntries(
    (await computeReport(db, { agencyId, year, scope })).legacy.legacy.rows.map((r) => [r.key, r.values]),
  );

describe("historical figures as opening balances", () => {
  it("republishes an old year from its paper figures, whatever the records of that year", async () => {
    const y2016 = await legacy(2016);
    expect(y2016["proactive.total"]).toEqual([5, 12]);
    expect(y2016["requests.total"]).toEqual([1, 4]);
    // A row without a paper figure is counted from the records: every item published through 2016 is on 政府网站.
    expect(y2016["proactive.website"]).toEqual([1, 2]);
    expect(y2016["replies.total"]).toEqual([0, 0]);
  });

  it("starts a later year's 历年累计 from the latest earlier paper figure, plus the records after it", async () => {
    const y2017 = await legacy(2017);
    expect(y2017["proactive.total"]).toEqual([2, 12 + 2]);
    expect(y2017["requests.total"]).toEqual([1, 4 + 1]);
    expect(y2017["proactive.website"]).toEqual([2, 4]); // no paper figure: all records
    expect((await legacy(2018))["proactive.total"]).toEqual([0, 14]);
    // 2015 opens from 2014: 7 + the 2015 record.
    expect((await legacy(2015))["proactive.total"]).toEqual([1, 8]);
    // Before any paper figure: the records alone.
    expect((await legacy(2013))["proactive.total"]).toEqual([0, 0]);
  });

  it("adds each agency by its own rule in the combined report", async () => {
    await addItem(agencies.finance, { state: "PUBLISHED", writtenOn: "2017-02-02", publishedOn: "2017-02-02" });
    await addHistoricalFigure(agencies.finance, { year: 2016, key: "proactive.total", thisYear: 2, cumulative: 30 });
    expect((await legacy(2017, agencies.government, "COMBINED"))["proactive.total"]).toEqual([2 + 1, 14 + 31]);
    expect((await legacy(2016, agencies.government, "COMBINED"))["proactive.total"]).toEqual([5 + 2, 12 + 30]);
  });

  it("drills into the paper figure, or into the records after it with the opening balance", async () => {
    const drill = (year: number, column: "this_year" | "cumulative") =>
      drillDown(db, {
        agencyId: agencies.commerce,
        year,
        scope: "OWN",
        cell: { table: "legacy", row: "proactive.total", column },
      });
    expect(await drill(2016, "cumulative")).toEqual({
      kind: "historical",
      key: "proactive.total",
      year: 2016,
      column: "cumulative",
      value: 12,
      source: "三元区商务局2016年政府信息公开工作年度报告附表",
    });
    const cumulative = await drill(2017, "cumulative");
    expect(cumulative).toMatchObject({ kind: "items", total: 2, openingBalance: { year: 2016, value: 12 } });
    expect(cumulative?.kind === "items" && cumulative.rows.map((r) => r.publishedOn)).toEqual([
      "2017-03-03",
      "2017-09-09",
    ]);
    const thisYear = await drill(2017, "this_year");
    expect(thisYear).toMatchObject({ kind: "items", total: 2 });
    expect(thisYear && "openingBalance" in thisYear).toBe(false);
  });
});
