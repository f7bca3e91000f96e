import { describe, expect, it } from "vitest";
import { DEFAULT_INDEX_PATTERN, formatIndexNumber, parseIndexNumber, validateIndexPattern } from "./index-number";

describe("索引号 patterns", () => {
  it("formats the default pattern like 350403001/2017-00015", () => {
    expect(formatIndexNumber(DEFAULT_INDEX_PATTERN, { agencyCode: "350403001", year: 2017, serial: 15 })).toBe(
      "350403001/2017-00015",
    );
  });

  it("formats other shapes agencies use", () => {
    expect(formatIndexNumber("{agencyCode}-{year}-{serial:4}", { agencyCode: "00350001", year: 2018, serial: 7 })).toBe(
      "00350001-2018-0007",
    );
    expect(formatIndexNumber("SY{agencyCode}{year}{serial:6}", { agencyCode: "001", year: 2026, serial: 123 })).toBe(
      "SY0012026000123",
    );
    expect(
      formatIndexNumber("{agencyCode}/{year}-{serial}", { agencyCode: "350403001", year: 2026, serial: 100000 }),
    ).toBe("350403001/2026-100000");
  });

  it.each([
    ["{agencyCode}/{year}-{serial:5}", true],
    ["{agencyCode}-{year}-{serial}", true],
    ["{year}-{serial:5}", false], // no agency code: two agencies would collide
    ["{agencyCode}-{serial:5}", false], // no year: serials restart each year
    ["{agencyCode}/{year}", false],
    ["{agencyCode}/{year}-{serial}-{serial}", false],
    ["{agencyCode}/{year}-{serial:5}{oops}", false],
    ["", false],
  ])("pattern %s valid: %s", (pattern, valid) => {
    expect(validateIndexPattern(pattern)).toBe(valid);
  });

  it("parses numbers back to year and serial", () => {
    expect(parseIndexNumber(DEFAULT_INDEX_PATTERN, "350403001", "350403001/2017-00015")).toEqual({
      year: 2017,
      serial: 15,
    });
    expect(parseIndexNumber(DEFAULT_INDEX_PATTERN, "350403001", "350403002/2017-00015")).toBeNull();
    expect(parseIndexNumber(DEFAULT_INDEX_PATTERN, "350403001", "自编-001")).toBeNull();
  });
});
