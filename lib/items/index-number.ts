// 索引号 (index numbers). No national standard fixes their shape, so each agency's administrator sets a
// pattern; the default gives 350403001/2017-00015. A number is assigned at first publication from a
// per-agency, per-year serial that only ever goes up, so a number is never reused.
import type { Tx } from "@/lib/db";

export const DEFAULT_INDEX_PATTERN = "{agencyCode}/{year}-{serial:5}";

const TOKEN = /\{(agencyCode|year|serial)(?::(\d{1,2}))?\}/g;

/**
 * A pattern must name the agency code, the year and the serial: serials restart each year and are kept
 * per agency, so without all three two items could share a number.
 */
export function validateIndexPattern(pattern: string): boolean {
  if (pattern.length === 0 || pattern.length > 100) return false;
  const tokens = [...pattern.matchAll(TOKEN)].map((m) => m[1]);
  const leftover = pattern.replace(TOKEN, "");
  return (
    ["agencyCode", "year", "serial"].every((t) => tokens.filter((x) => x === t).length === 1) && !/[{}]/.test(leftover)
  );
}

export function formatIndexNumber(
  pattern: string,
  values: { agencyCode: string; year: number; serial: number },
): string {
  return pattern.replace(TOKEN, (_m, token: string, width?: string) => {
    const value = token === "agencyCode" ? values.agencyCode : String(token === "year" ? values.year : values.serial);
    return width ? value.padStart(Number(width), "0") : value;
  });
}

/** Takes the next serial for the agency and year inside the caller's transaction (the row lock serialises). */
export async function takeNextSerial(tx: Tx, agencyId: string, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO index_serial (agency_id, year, last) VALUES (${agencyId}::uuid, ${year}, 1)
    ON CONFLICT (agency_id, year) DO UPDATE SET last = index_serial.last + 1
    RETURNING last`;
  return rows[0].last;
}

/**
 * Makes sure a serial is never handed out again after an imported item used it explicitly
 * (historical import keeps existing 索引号).
 */
export async function reserveSerial(tx: Tx, agencyId: string, year: number, serial: number) {
  await tx.$executeRaw`
    INSERT INTO index_serial (agency_id, year, last) VALUES (${agencyId}::uuid, ${year}, ${serial})
    ON CONFLICT (agency_id, year) DO UPDATE SET last = GREATEST(index_serial.last, ${serial})`;
}

/** Reads year and serial back out of a number made with `pattern`, or null when it does not fit. */
export function parseIndexNumber(
  pattern: string,
  agencyCode: string,
  indexNumber: string,
): { year: number; serial: number } | null {
  const escaped = pattern.replace(/[.*+?^$()|[\]\\/-]/g, "\\$&");
  const source = escaped.replace(/\\?\{(agencyCode|year|serial)(?::(\d{1,2}))?\\?\}/g, (_m, token: string) =>
    token === "agencyCode"
      ? agencyCode.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")
      : token === "year"
        ? "(?<year>\\d{4})"
        : "(?<serial>\\d+)",
  );
  const match = new RegExp(`^${source}$`).exec(indexNumber);
  if (!match?.groups) return null;
  return { year: Number(match.groups.year), serial: Number(match.groups.serial) };
}
