// Read models for agency pages. Scope lives in the query: an agency the user may not read is not found.
import { db } from "@/lib/db";
import { isUuid } from "@/lib/forms/validation";
import type { Principal } from "@/lib/auth/permissions";
import { agencyScope } from "@/lib/auth/permissions";

export async function findAgencyForUser(user: Principal, agencyId: string) {
  if (!isUuid(agencyId)) return null;
  const scope = agencyScope(user, "agency.read");
  if (scope !== "all" && !scope.includes(agencyId)) return null;
  return db.agency.findUnique({ where: { id: agencyId } });
}

export async function listAgenciesForUser(user: Principal) {
  const scope = agencyScope(user, "agency.read");
  return db.agency.findMany({
    where: scope === "all" ? {} : { id: { in: scope } },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    include: { parent: { select: { id: true, shortName: true } } },
  });
}

/** The public list: active agencies as a tree (root first, then departments in order). */
export async function listPublicAgencies() {
  return db.agency.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      shortName: true,
      parentId: true,
      address: true,
      postcode: true,
      phone: true,
      fax: true,
      email: true,
      website: true,
      officeHours: true,
      disclosureOffice: true,
    },
  });
}

/** The government whose portal this is: the top of the agency tree. */
export async function findPortalGovernment() {
  return db.agency.findFirst({
    where: { parentId: null, active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
}
