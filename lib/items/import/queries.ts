// Read models of the import page.
import { db } from "@/lib/db";
import { agencyScope, type Principal } from "@/lib/auth/permissions";

/** The active agencies where `user` may import (item.import), in the console's order. */
export async function listImportAgencies(user: Principal) {
  const scope = agencyScope(user, "item.import");
  return db.agency.findMany({
    where: { active: true, ...(scope === "all" ? {} : { id: { in: scope } }) },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, name: true },
  });
}
