// ID numbers on the request form. Check characters are computed by hand in the comments.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { creditCodeCheckCharacter, validateCreditCode } from "./credit-code";
import { residentIdCheckCharacter, validateResidentId } from "./resident-id";
import { ZCreditCode, ZResidentId } from "./schemas";

const today = "2026-03-02" as const;

describe("居民身份证号码 (GB 11643-1999)", () => {
  it("accepts valid numbers and normalises x to X", () => {
    // 11010519491231002: 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2
    //   = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → "10X98765432"[2] = X
    expect(residentIdCheckCharacter("11010519491231002")).toBe("X");
    expect(validateResidentId("11010519491231002X", { today })).toEqual({ ok: true, normalized: "11010519491231002X" });
    expect(validateResidentId(" 11010519491231002x ", { today })).toEqual({
      ok: true,
      normalized: "11010519491231002X",
    });
    // 44030019900101123: 28+36+0+15+0+0+2+9+54+0+0+9+0+5+8+8+6 = 180; 180 mod 11 = 4 → "8"
    expect(validateResidentId("440300199001011238", { today })).toEqual({ ok: true, normalized: "440300199001011238" });
    // 35020320000229001 (born 29 Feb 2000, a leap day): 21+45+0+10+0+12+4+0+0+0+0+18+20+45+0+0+2 = 177; mod 11 = 1 → "0"
    expect(validateResidentId("350203200002290010", { today })).toEqual({ ok: true, normalized: "350203200002290010" });
  });

  // [value, reason, why]
  const invalid: [string, string, string][] = [
    ["", "length", "empty"],
    ["110105491231002", "length", "old 15-digit number"],
    ["11010519491231002X1", "length", "19 characters"],
    ["11010519491231002Y", "characters", "Y is not a check character"],
    ["1101051949123100X2", "characters", "X only in the last place"],
    ["11010519491231 02X", "characters", "a space inside"],
    ["110105194902300026", "birthDate", "30 February 1949"],
    ["110105189912310026", "birthDate", "born 1899, before 1900"],
    ["110105202603030026", "birthDate", "born 3 March 2026, after `today`"],
    ["110105194913010026", "birthDate", "month 13"],
    ["110105194912310020", "checkDigit", "…002 must end in X, not 0"],
    ["440300199001011239", "checkDigit", "…123 must end in 8"],
  ];
  it.each(invalid)("%j is refused: %s (%s)", (value, reason) => {
    expect(validateResidentId(value, { today })).toEqual({ ok: false, reason });
  });

  it("accepts a child born today but not tomorrow", () => {
    // 11010520260302001: 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 2·2 + 0·1 + 2·6 + 6·3 + 0·7 + 3·9 + 0·10 + 2·5 + 0·8 + 0·4 + 1·2
    //   = 7+9+0+5+0+20+4+0+12+18+0+27+0+10+0+0+2 = 114; 114 mod 11 = 4 → "8"
    expect(validateResidentId("110105202603020018", { today })).toEqual({ ok: true, normalized: "110105202603020018" });
    expect(validateResidentId("110105202603020018", { today: "2026-03-01" })).toEqual({
      ok: false,
      reason: "birthDate",
    });
  });
});

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it("accepts valid codes and normalises to upper case", () => {
    // 91110000100017643: values 9,1,1,1,0,0,0,0,1,0,0,0,1,7,6,4,3 × weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28
    //   = 9+3+9+27+0+0+0+0+20+0+0+0+8+168+60+120+84 = 508; 508 mod 31 = 12; 31 − 12 = 19 → K (A=10 … H=17, J=18, K=19)
    expect(creditCodeCheckCharacter("91110000100017643")).toBe("K");
    expect(validateCreditCode("91110000100017643K")).toEqual({ ok: true, normalized: "91110000100017643K" });
    expect(validateCreditCode(" 91110000100017643k ")).toEqual({ ok: true, normalized: "91110000100017643K" });
    // 91350400MA2XXXXXX: 9·1 + 1·3 + 3·9 + 5·27 + 0 + 4·26 + 0 + 0 + M(21)·20 + A(10)·29 + 2·25 + X(29)·(13+8+24+10+30+28 = 113)
    //   = 9+3+27+135+104+420+290+50+3277 = 4315; 4315 mod 31 = 6 (31·139 = 4309); 31 − 6 = 25 → R (L=20, M=21, N=22, P=23, Q=24, R=25)
    expect(validateCreditCode("91350400MA2XXXXXXR")).toEqual({ ok: true, normalized: "91350400MA2XXXXXXR" });
    // 11100000000013127 (a 机关 code, 登记管理部门 1 / 类别 1): 1+3+9+0…+1·8+3·24+1·10+2·30+7·28 = 13+8+72+10+60+196 = 359;
    //   359 mod 31 = 18 (31·11 = 341); 31 − 18 = 13 → D
    expect(validateCreditCode("11100000000013127D")).toEqual({ ok: true, normalized: "11100000000013127D" });
  });

  it("maps a remainder of 0 to the check character 0 (31 → 0)", () => {
    // "1A000000000000000": 1·1 + A(10)·3 = 31; 31 mod 31 = 0; 31 − 0 = 31 → 0
    expect(creditCodeCheckCharacter("1A000000000000000")).toBe("0");
    expect(validateCreditCode("1A0000000000000000")).toEqual({ ok: true, normalized: "1A0000000000000000" });
  });

  // [value, reason, why]
  const invalid: [string, string, string][] = [
    ["", "length", "empty"],
    ["91110000100017643", "length", "17 characters"],
    ["91110000100017643KK", "length", "19 characters"],
    ["91110000I00017643K", "characters", "I is not used"],
    ["9111000010001764OK", "characters", "O is not used"],
    ["91110000100017643Z", "characters", "Z is not used"],
    ["91110000-00017643K", "characters", "a hyphen"],
    ["91110000100017643J", "checkDigit", "must be K"],
    ["91110000100017634K", "checkDigit", "two digits swapped"],
  ];
  it.each(invalid)("%j is refused: %s (%s)", (value, reason) => {
    expect(validateCreditCode(value)).toEqual({ ok: false, reason });
  });
});

describe("zod fields", () => {
  const messages = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it("return the normalised number", () => {
    expect(ZResidentId.parse(" 11010519491231002x")).toBe("11010519491231002X");
    expect(ZCreditCode.parse("91110000100017643k ")).toBe("91110000100017643K");
  });

  it("report one key naming the problem", () => {
    expect(messages(ZResidentId, "")).toEqual(["required"]);
    expect(messages(ZResidentId, "   ")).toEqual(["required"]);
    expect(messages(ZResidentId, undefined)).toEqual(["required"]);
    expect(messages(ZResidentId, "1101051949123100")).toEqual(["residentIdLength"]);
    expect(messages(ZResidentId, "11010519491231002Y")).toEqual(["residentIdCharacters"]);
    expect(messages(ZResidentId, "110105194902300026")).toEqual(["residentIdBirthDate"]);
    expect(messages(ZResidentId, "110105194912310020")).toEqual(["residentIdCheckDigit"]);
    expect(messages(ZCreditCode, "")).toEqual(["required"]);
    expect(messages(ZCreditCode, "9111000010001764")).toEqual(["creditCodeLength"]);
    expect(messages(ZCreditCode, "91110000I00017643K")).toEqual(["creditCodeCharacters"]);
    expect(messages(ZCreditCode, "91110000100017643J")).toEqual(["creditCodeCheckDigit"]);
  });
});
