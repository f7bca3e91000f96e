// 信息处理费 (国办函〔2020〕109号 art. 4–5). Expectations are counted by hand from the 办法's scales.
import { describe, expect, it } from "vitest";
import { feeForNthRequestInMonth, feeForPages, requestBandOf, suggestFee } from "./processing-fee";

describe("per request (按件计收, art. 4): the n-th request of one applicant in a calendar month", () => {
  // [n, 元, why]
  const cases: [number, number, string][] = [
    [1, 0, "1st–10th free"],
    [10, 0, "10th: last free one (10件以下含10件)"],
    [11, 100, "11th: first of 11–30 at 100元"],
    [30, 100, "30th: last of 11–30 (含30件)"],
    [31, 200, "31st: first band of 10 above 30, 100 + 100"],
    [40, 200, "40th: last of 31–40"],
    [41, 300, "41st: second band, 100 + 2 × 100"],
    [50, 300, "50th: last of 41–50"],
    [51, 400, "51st: third band"],
    [100, 800, "100th: 91–100 is the 7th band (31–40, 41–50, 51–60, 61–70, 71–80, 81–90, 91–100) → 100 + 700"],
    [101, 900, "101st: 8th band"],
  ];
  it.each(cases)("request %i costs %i元 (%s)", (n, yuan) => {
    expect(feeForNthRequestInMonth(n)).toBe(yuan);
    expect(suggestFee({ method: "PER_REQUEST", nthInMonth: n })).toEqual({
      method: "PER_REQUEST",
      amountYuan: yuan,
      breakdown: [{ from: n, to: n, unitYuan: yuan, count: 1, subtotalYuan: yuan }],
    });
  });

  it("names the band a request falls in", () => {
    expect(requestBandOf(7)).toEqual({ from: 1, to: 10, unitYuan: 0 });
    expect(requestBandOf(11)).toEqual({ from: 11, to: 30, unitYuan: 100 });
    expect(requestBandOf(40)).toEqual({ from: 31, to: 40, unitYuan: 200 });
    expect(requestBandOf(41)).toEqual({ from: 41, to: 50, unitYuan: 300 });
  });

  it("a whole month of 45 requests costs 20 × 100 + 10 × 200 + 5 × 300 = 5,500元", () => {
    let total = 0;
    for (let n = 1; n <= 45; n++) total += feeForNthRequestInMonth(n);
    expect(total).toBe(5500);
  });
});

describe("per page (按量计收, art. 5): marginal bands", () => {
  // [pages, 元, hand count]
  const cases: [number, number, string][] = [
    [0, 0, "nothing to copy"],
    [1, 0, "within 1–30"],
    [30, 0, "30 pages: last free page"],
    [31, 10, "1 page × 10"],
    [100, 700, "70 × 10"],
    [101, 720, "70 × 10 + 1 × 20"],
    [200, 2700, "70 × 10 + 100 × 20 = 700 + 2,000"],
    [201, 2740, "700 + 2,000 + 1 × 40"],
    [250, 4700, "700 + 2,000 + 50 × 40 = 2,000"],
    [1000, 34700, "700 + 2,000 + 800 × 40 = 32,000"],
  ];
  it.each(cases)("%i pages cost %i元 (%s)", (pages, yuan) => {
    expect(feeForPages(pages)).toBe(yuan);
    expect(suggestFee({ method: "PER_PAGE", pages }).amountYuan).toBe(yuan);
  });

  it("shows every band reached, the free one included", () => {
    expect(suggestFee({ method: "PER_PAGE", pages: 250 })).toEqual({
      method: "PER_PAGE",
      amountYuan: 4700,
      breakdown: [
        { from: 1, to: 30, unitYuan: 0, count: 30, subtotalYuan: 0 },
        { from: 31, to: 100, unitYuan: 10, count: 70, subtotalYuan: 700 },
        { from: 101, to: 200, unitYuan: 20, count: 100, subtotalYuan: 2000 },
        { from: 201, to: 250, unitYuan: 40, count: 50, subtotalYuan: 2000 },
      ],
    });
    expect(suggestFee({ method: "PER_PAGE", pages: 31 }).breakdown).toEqual([
      { from: 1, to: 30, unitYuan: 0, count: 30, subtotalYuan: 0 },
      { from: 31, to: 31, unitYuan: 10, count: 1, subtotalYuan: 10 },
    ]);
    expect(suggestFee({ method: "PER_PAGE", pages: 0 }).breakdown).toEqual([]);
  });
});

describe("bad input", () => {
  it("refuses counts that are not whole numbers in range", () => {
    expect(() => feeForNthRequestInMonth(0)).toThrow(RangeError);
    expect(() => feeForNthRequestInMonth(2.5)).toThrow(RangeError);
    expect(() => feeForPages(-1)).toThrow(RangeError);
    expect(() => feeForPages(Number.NaN)).toThrow(RangeError);
    expect(() => suggestFee({ method: "PER_PAGE", pages: 1.5 })).toThrow(RangeError);
    expect(() => suggestFee({ method: "BOTH" } as never)).toThrow(RangeError);
  });
});
