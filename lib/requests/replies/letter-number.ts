// 文号 of reply letters: the agency's own series, e.g. 元商务依申〔2026〕7号 — its prefix (an administrator
// setting), the year, and a serial per agency per year. The serial is taken when a leader approves the letter
// (签发): the approved text is final (an approved reply is never edited again), so the number printed on it
// never changes, and a returned or abandoned draft never consumes one. The counter row is locked by the upsert,
// like index_serial, so two approvals at once get two numbers; a rolled-back approval gives its serial back.
import type { Tx } from "@/lib/db";

export function formatLetterNumber(prefix: string, year: number, serial: number): string {
  return `${prefix.trim()}〔${year}〕${serial}号`;
}

/** Takes the next serial of the agency and year inside the caller's transaction. */
export async function takeLetterSerial(tx: Tx, agencyId: string, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO letter_serial (agency_id, year, last) VALUES (${agencyId}::uuid, ${year}, 1)
    ON CONFLICT (agency_id, year) DO UPDATE SET last = letter_serial.last + 1
    RETURNING last`;
  return rows[0].last;
}
