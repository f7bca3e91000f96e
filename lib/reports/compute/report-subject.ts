// Whose records a report counts. OWN: the agency alone. COMBINED (区政府 and its departments): the agency and
// every agency below it in the tree, however deep — the same set for the aggregate and for its drill-down.
import type { Db, Tx } from "@/lib/db";
import type { ReportScope } from "@/lib/reports/types";

export async function reportAgencyIds(db: Db | Tx, agencyId: string, scope: ReportScope): Promise<string[]> {
  if (scope === "OWN") return [agencyId];
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE subject AS (
      SELECT id, 0 AS depth FROM agency WHERE id = ${agencyId}::uuid
      UNION
      SELECT a.id, s.depth + 1 FROM agency a JOIN subject s ON a.parent_id = s.id
      WHERE s.depth < 32 -- a corrupt cycle in the tree cannot loop forever
    )
    SELECT DISTINCT id::text AS id FROM subject`;
  // The agency itself first, then the others in a stable order.
  return [
    agencyId,
    ...rows
      .map((r) => r.id)
      .filter((id) => id !== agencyId)
      .sort(),
  ];
}
