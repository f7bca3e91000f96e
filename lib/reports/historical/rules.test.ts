import { describe, expect, it } from "vitest";
import { LEGACY_ROW_KEYS } from "@/lib/reports/formats/legacy-table";
import { checkChain, checkYear, type HistoricalFigures } from "./rules";

const zeros = (): HistoricalFigures =>
  Object.fromEntries(LEGACY_ROW_KEYS.map((k) => [k, { thisYear: 0, cumulative: 0 }]));
const withCells = (cells: Record<string, [number, number]>) => {
  const figures = zeros();
  for (const [key, [thisYear, cumulative]] of Object.entries(cells)) figures[key] = { thisYear, cumulative };
  return figures;
};

describe("checkYear", () => {
  it("accepts the seed's 2017 figures (15/27 proactive, all on the website)", () => {
    expect(checkYear(withCells({ "proactive.total": [15, 27], "proactive.website": [15, 27] }))).toEqual([]);
  });

  it("wants 历年累计 ≥ 本年", () => {
    expect(checkYear(withCells({ complaints: [2, 1] }))).toEqual([
      { key: "complaints", column: "cumulative", message: "historicalCumulativeBelowThisYear" },
    ]);
  });

  it("compares website and gazette each with the total (an item may be on both)", () => {
    expect(
      checkYear(
        withCells({ "proactive.total": [10, 10], "proactive.website": [10, 10], "proactive.gazette": [10, 10] }),
      ),
    ).toEqual([]);
    expect(checkYear(withCells({ "proactive.total": [10, 10], "proactive.website": [11, 11] }))).toEqual([
      { key: "proactive.website", column: "thisYear", message: "historicalPartAboveTotal", params: { total: 10 } },
      { key: "proactive.website", column: "cumulative", message: "historicalPartAboveTotal", params: { total: 10 } },
    ]);
  });

  it("sums the request channels and the reply types against their totals", () => {
    expect(
      checkYear(
        withCells({
          "requests.total": [3, 3],
          "requests.in_person": [1, 1],
          "requests.online": [1, 1],
          "requests.letter_fax": [1, 1],
        }),
      ),
    ).toEqual([]);
    const problems = checkYear(
      withCells({ "replies.total": [3, 5], "replies.granted": [2, 3], "replies.refused": [2, 2] }),
    );
    expect(problems).toEqual(
      ["replies.granted", "replies.partial", "replies.refused", "replies.other"].map((key) => ({
        key,
        column: "thisYear",
        message: "historicalPartsAboveTotal",
        params: { sum: 4, total: 3 },
      })),
    );
  });
});

describe("checkChain", () => {
  it("wants each year's 历年累计 ≥ the previous entered year's 历年累计 + this year's 本年", () => {
    const years = new Map([
      [2012, withCells({ "proactive.total": [4, 6] })],
      [2014, withCells({ "proactive.total": [3, 12] })],
      [2015, withCells({ "proactive.total": [5, 16] })],
    ]);
    expect(checkChain(years)).toEqual([
      {
        year: 2015,
        problem: {
          key: "proactive.total",
          column: "cumulative",
          message: "historicalBelowPrevious",
          params: { previousYear: 2014, minimum: 17 },
        },
      },
    ]);
  });
});
