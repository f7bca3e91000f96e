// 统一社会信用代码 (GB 32100-2015) of a 法人或其他组织: 登记管理部门代码 (1), 机构类别代码 (1),
// 登记管理机关行政区划码 (6), 主体标识码 (9, the former 组织机构代码), check character (1),
// over 31 characters: the digits and the capital letters except I, O, Z, S, V.
import type { IdValidation } from "./resident-id";

export type CreditCodeReason = "length" | "characters" | "checkDigit";

export const CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character of the first 17 characters: 31 − (Σ value × weight mod 31), where 31 means 0. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError("expected 17 characters");
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARACTERS.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`not a credit code character: ${first17[i]}`);
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31];
}

/** Checks a unified social credit code; surrounding spaces are ignored and `normalized` is upper case. */
export function validateCreditCode(value: string): IdValidation<CreditCodeReason> {
  const normalized = value.trim().toUpperCase();
  if (normalized.length !== 18) return { ok: false, reason: "length" };
  if (![...normalized].every((c) => CREDIT_CODE_CHARACTERS.includes(c))) return { ok: false, reason: "characters" };
  if (creditCodeCheckCharacter(normalized.slice(0, 17)) !== normalized[17]) return { ok: false, reason: "checkDigit" };
  return { ok: true, normalized };
}
