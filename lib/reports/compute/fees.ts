// 信息处理费 collected in the year (stated in section 六): fee notices about the subject's requests paid
// (paid_on) within the year, in whole yuan.
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportPeriod } from "./period";
import { inSubject } from "./sources";

export function feePaidPredicate({ start: S, end: E }: ReportPeriod): Prisma.Sql {
  return Prisma.sql`f.paid_on BETWEEN ${S} AND ${E}`;
}

export async function computeFeesCollected(
  db: Db | Tx,
  agencyIds: readonly string[],
  period: ReportPeriod,
): Promise<number> {
  const [row] = await db.$queryRaw<{ yuan: number }[]>`
    SELECT COALESCE(sum(f.amount_yuan), 0)::int AS yuan
    FROM fee_notice f JOIN info_request q ON q.id = f.request_id
    WHERE ${inSubject("requests", agencyIds)} AND ${feePaidPredicate(period)}`;
  return row?.yuan ?? 0;
}
