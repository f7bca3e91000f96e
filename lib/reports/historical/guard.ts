// What every write of historical figures checks first: the agency is the user's (else 404), the user
// may enter figures there (report.edit, staff), and the years lie where figures may be entered.
import type { Tx } from "@/lib/db";
import { can, requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/forms/validation";
import { firstRecordYear } from "./queries";
import { FIRST_REPORT_YEAR, LAST_HISTORICAL_YEAR } from "./rules";

export function requireHistoryEditor(actor: Principal, agencyId: string) {
  if (!isUuid(agencyId) || !can(actor, "report.read", agencyId)) throw notFound();
  requirePermission(actor, "report.edit", agencyId);
}

/**
 * Serialises writes of one agency's figures (the chain check reads the other years, so two writers must
 * not interleave) by locking the agency row until the transaction ends; 404 when the agency is gone.
 */
export async function lockAgency(tx: Tx, agencyId: string) {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id::text FROM agency WHERE id = ${agencyId}::uuid AND active FOR UPDATE`;
  if (rows.length === 0) throw notFound();
}

/**
 * Why `year` cannot take historical figures, as a message key under `validation.`, or null when it can:
 * only 2008–2018 (the older format's years) and only before the agency's first record in Gongkai,
 * because from then on the records give both columns.
 */
export function yearProblem(year: number, firstRecord: number | null): string | null {
  if (year < FIRST_REPORT_YEAR) return "historicalYearTooEarly";
  if (year > LAST_HISTORICAL_YEAR) return "historicalYearTooLate";
  if (firstRecord !== null && year >= firstRecord) return "historicalYearHasRecords";
  return null;
}

export { firstRecordYear };
