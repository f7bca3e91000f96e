// Public facts about agencies for the portal: active agencies by code, with their public item counts.
import { cache } from "react";
import { db } from "@/lib/db";
import { publicItemWhere } from "@/lib/items/visibility";
import { cachedPublic, WHOLE_PORTAL } from "./public-cache";

/** An active agency by its code, or null; read once per request (React's cache): pages and their metadata both ask. */
export const findPublicAgencyByCode = cache(async (code: string) => {
  if (!/^[0-9A-Za-z-]{1,32}$/.test(code)) return null;
  return db.agency.findFirst({ where: { code, active: true } });
});

/** Active agencies with their public item counts (cached until anything public changes). */
export function listAgenciesWithItemCounts() {
  return cachedPublic(WHOLE_PORTAL, "agencies:counts", loadAgenciesWithItemCounts);
}

async function loadAgenciesWithItemCounts() {
  const [agencies, counts] = await Promise.all([
    db.agency.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, code: true, name: true, parentId: true },
    }),
    db.item.groupBy({ by: ["agencyId"], where: publicItemWhere, _count: { _all: true } }),
  ]);
  const byAgency = new Map(counts.map((c) => [c.agencyId, c._count._all]));
  return agencies.map((a) => ({ ...a, itemCount: byAgency.get(a.id) ?? 0 }));
}
