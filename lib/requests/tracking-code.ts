// Tracking codes (查询码): unguessable, easy to read aloud and type. 16 characters from 31 symbols without
// look-alikes (0/O, 1/I/L) ≈ 79 bits, shown in groups of four: 7KQM-3XPA-H9TW-R2CD.
import { randomInt } from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function generateTrackingCode(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

/** What the applicant typed, in canonical form (case, spaces and dashes do not matter), or null. */
export function normalizeTrackingCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0");
  if (!/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{16}$/.test(compact)) return null;
  return [0, 4, 8, 12].map((i) => compact.slice(i, i + 4)).join("-");
}

/** The second factor: the last four digits of the phone number the applicant gave. */
export const phoneLastFour = (phone: string) => phone.replace(/\D/g, "").slice(-4);
