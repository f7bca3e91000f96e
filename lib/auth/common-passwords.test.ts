// The shipped list of common passwords: large enough to matter, with Chinese users' favourites, any case.
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_COUNT, isCommonPassword } from "./common-passwords";

describe("the list of common passwords", () => {
  it("ships several thousand entries (offline, no service asked)", () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThan(5000);
  });

  it("holds the favourites of Chinese users", () => {
    for (const p of ["123456", "woaini1314", "qq123456", "a123456", "88888888", "5201314", "1qaz2wsx", "woaini1314520"])
      expect(isCommonPassword(p), p).toBe(true);
  });

  it("matches in any letter case", () => {
    expect(isCommonPassword("WoAiNi1314")).toBe(true);
    expect(isCommonPassword("PASSWORD123")).toBe(true);
  });

  it("lets an uncommon password through, the demo password included", () => {
    expect(isCommonPassword("Sanyuan-2026-real")).toBe(false);
    expect(isCommonPassword("Gongkai-demo-2026")).toBe(false);
  });
});
