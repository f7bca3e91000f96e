// 公民身份号码 on the 居民身份证 (GB 11643-1999): 6-digit address code, 8-digit birth date YYYYMMDD,
// 3-digit sequence, 1 check character (ISO 7064 MOD 11-2). Only the 18-digit form: 15-digit numbers
// were replaced by 2013 and are refused as "length".
import { chinaToday, compareDates, isCalendarDate, type CalendarDate } from "@/lib/calendar/calendar-date";

export type ResidentIdReason = "length" | "characters" | "birthDate" | "checkDigit";
export type IdValidation<Reason extends string> = { ok: true; normalized: string } | { ok: false; reason: Reason };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for Σ(digit × weight) mod 11 = 0, 1, …, 10. */
const CHECK_CHARACTERS = "10X98765432";
const EARLIEST_BIRTH_DATE: CalendarDate = "1900-01-01";

/** The check character (0–9 or X) of the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("expected 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/**
 * Checks an 18-character resident ID number; `today` (China's date by default) bounds the birth date.
 * Surrounding spaces are ignored and a lower-case x is accepted; `normalized` has an upper-case X.
 */
export function validateResidentId(
  value: string,
  options: { today?: CalendarDate } = {},
): IdValidation<ResidentIdReason> {
  const normalized = value.trim().toUpperCase();
  if (normalized.length !== 18) return { ok: false, reason: "length" };
  if (!/^\d{17}[\dX]$/.test(normalized)) return { ok: false, reason: "characters" };
  const birth = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
  const today = options.today ?? chinaToday();
  if (!isCalendarDate(birth) || compareDates(birth, EARLIEST_BIRTH_DATE) < 0 || compareDates(birth, today) > 0) {
    return { ok: false, reason: "birthDate" };
  }
  if (residentIdCheckCharacter(normalized.slice(0, 17)) !== normalized[17]) return { ok: false, reason: "checkDigit" };
  return { ok: true, normalized };
}
