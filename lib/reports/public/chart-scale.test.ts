import { describe, expect, it } from "vitest";
import { valueAxis } from "./chart-scale";

describe("valueAxis", () => {
  it("rounds the top up to a step of 1, 2 or 5 × 10ⁿ with at most five steps", () => {
    expect(valueAxis([15, 27, 3])).toEqual({ max: 30, ticks: [0, 10, 20, 30] });
    expect(valueAxis([0, 4])).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(valueAxis([1234])).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] });
    const big = valueAxis([98_765]);
    expect(big.max).toBeGreaterThanOrEqual(98_765);
    expect(big.ticks.length).toBeLessThanOrEqual(6);
  });

  it("draws an empty or all-zero series on a 0–1 axis, ignoring missing years", () => {
    expect(valueAxis([])).toEqual({ max: 1, ticks: [0, 1] });
    expect(valueAxis([0, null, 0])).toEqual({ max: 1, ticks: [0, 1] });
  });
});
