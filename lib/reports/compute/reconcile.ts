// 勾稽关系 printed in the corner of 表三: row 一 + row 二 = row 三（七）+ row 四, in every column. A request
// concluded without an outcome, or concluded before it was received, breaks it in its applicant's column.
import type { FigureTable, Reconciliation, ReconciliationBreak } from "@/lib/reports/types";

export function reconcile(requests: FigureTable): Reconciliation {
  const row = (key: string) => {
    const found = requests.rows.find((r) => r.key === key);
    if (!found) throw new Error(`表三 has no row ${key}`);
    return found.values;
  };
  const [fresh, carriedIn, total, carriedOut] = ["new", "carried_in", "result.total", "carried_out"].map(row);
  const breaks: ReconciliationBreak[] = [];
  for (const [n, column] of requests.columns.entries()) {
    const incoming = (fresh[n] ?? 0) + (carriedIn[n] ?? 0);
    const outgoing = (total[n] ?? 0) + (carriedOut[n] ?? 0);
    if (incoming !== outgoing) breaks.push({ column: column.key, columnLabel: column.label, incoming, outgoing });
  }
  return { ok: breaks.length === 0, breaks };
}
