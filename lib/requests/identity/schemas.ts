// zod fields for the ID numbers on the request form. Each failure carries one message key naming what is
// wrong (messages/*.json → validation.*), so the citizen reads e.g. "the date of birth in the number is
// not a real date" rather than a bare "invalid".
import { z } from "zod";
import { validateCreditCode, type CreditCodeReason } from "./credit-code";
import { validateResidentId, type ResidentIdReason } from "./resident-id";

export const RESIDENT_ID_KEYS = {
  length: "residentIdLength",
  characters: "residentIdCharacters",
  birthDate: "residentIdBirthDate",
  checkDigit: "residentIdCheckDigit",
} as const satisfies Record<ResidentIdReason, string>;

export const CREDIT_CODE_KEYS = {
  length: "creditCodeLength",
  characters: "creditCodeCharacters",
  checkDigit: "creditCodeCheckDigit",
} as const satisfies Record<CreditCodeReason, string>;

/** Every key these schemas can report, for the message files and their test. */
export const IDENTITY_VALIDATION_KEYS = [
  ...Object.values(RESIDENT_ID_KEYS),
  ...Object.values(CREDIT_CODE_KEYS),
] as const;
export type IdentityValidationKey = (typeof IDENTITY_VALIDATION_KEYS)[number];

/**
 * A 居民身份证 number: trimmed, x → X. Reports "required" when empty, otherwise one key naming the reason
 * (in place of a generic "residentIdInvalid": the citizen learns which part of the number to check).
 */
export const ZResidentId = z
  .string("required")
  .trim()
  .min(1, { message: "required", abort: true })
  .transform((value, ctx) => {
    const result = validateResidentId(value);
    if (result.ok) return result.normalized;
    ctx.addIssue({ code: "custom", message: RESIDENT_ID_KEYS[result.reason], params: { reason: result.reason } });
    return z.NEVER;
  });

/** A 统一社会信用代码: trimmed, upper case; "required" when empty, otherwise one key per reason. */
export const ZCreditCode = z
  .string("required")
  .trim()
  .min(1, { message: "required", abort: true })
  .transform((value, ctx) => {
    const result = validateCreditCode(value);
    if (result.ok) return result.normalized;
    ctx.addIssue({ code: "custom", message: CREDIT_CODE_KEYS[result.reason], params: { reason: result.reason } });
    return z.NEVER;
  });
