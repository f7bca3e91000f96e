// Agencies in the open-data API: public contact facts and the 政府信息公开工作机构, with links to their
// catalogue, guide and feed. Never staff, memberships or settings.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicItemWhere } from "@/lib/items/visibility";
import { AGENCY_CODE } from "./schemas";

const AGENCY_SELECT = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  address: true,
  postcode: true,
  phone: true,
  fax: true,
  email: true,
  website: true,
  officeHours: true,
  disclosureOffice: true,
  parent: { select: { code: true, active: true } },
} satisfies Prisma.AgencySelect;

type AgencyRow = Prisma.AgencyGetPayload<{ select: typeof AGENCY_SELECT }>;

function agencyJson(base: string, agency: AgencyRow, itemCount: number) {
  return {
    id: agency.id,
    code: agency.code,
    name: agency.name,
    shortName: agency.shortName,
    parentCode: agency.parent?.active ? agency.parent.code : null,
    contact: {
      address: agency.address,
      postcode: agency.postcode,
      phone: agency.phone,
      fax: agency.fax,
      email: agency.email,
      website: agency.website,
      officeHours: agency.officeHours,
    },
    disclosureOffice: agency.disclosureOffice,
    publicItemCount: itemCount,
    links: {
      api: `${base}/api/v1/agencies/${encodeURIComponent(agency.code)}`,
      items: `${base}/api/v1/items?agency=${encodeURIComponent(agency.code)}`,
      catalogue: `${base}/catalogue/${encodeURIComponent(agency.code)}`,
      guide: `${base}/guide/${encodeURIComponent(agency.code)}`,
      feed: `${base}/feeds/agencies/${encodeURIComponent(agency.code)}.atom`,
    },
  };
}

/** Active agencies in portal order (the government first, then its departments). */
export async function listAgenciesJson(base: string) {
  const [agencies, counts] = await Promise.all([
    db.agency.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: AGENCY_SELECT,
    }),
    db.item.groupBy({ by: ["agencyId"], where: publicItemWhere, _count: { _all: true } }),
  ]);
  const byAgency = new Map(counts.map((c) => [c.agencyId, c._count._all]));
  return agencies.map((a) => agencyJson(base, a, byAgency.get(a.id) ?? 0));
}

/** One active agency with its catalogue tree (the ids the item list's `category` filter takes), or null. */
export async function agencyJsonByCode(base: string, code: string) {
  if (!AGENCY_CODE.test(code)) return null;
  const agency = await db.agency.findFirst({ where: { code, active: true }, select: AGENCY_SELECT });
  if (!agency) return null;
  const [itemCount, categories] = await Promise.all([
    db.item.count({ where: { ...publicItemWhere, agencyId: agency.id } }),
    db.catalogueCategory.findMany({
      where: { agencyId: agency.id, active: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, parentId: true },
    }),
  ]);
  const categoryJson = (c: { id: string; name: string }) => ({
    id: c.id,
    name: c.name,
    links: {
      items: `${base}/api/v1/items?agency=${encodeURIComponent(agency.code)}&category=${c.id}`,
      feed: `${base}/feeds/agencies/${encodeURIComponent(agency.code)}/categories/${c.id}.atom`,
    },
  });
  const tree = categories
    .filter((c) => c.parentId === null)
    .map((top) => ({
      ...categoryJson(top),
      children: categories.filter((c) => c.parentId === top.id).map(categoryJson),
    }));
  return { ...agencyJson(base, agency, itemCount), catalogueCategories: tree };
}

/** The id of an active agency by code, for filters. */
export async function activeAgencyId(code: string) {
  return (await db.agency.findFirst({ where: { code, active: true }, select: { id: true } }))?.id ?? null;
}

/** An active catalogue category of an active agency (optionally a given one), for filters and feeds. */
export async function activeCategory(categoryId: string, agencyId?: string) {
  return db.catalogueCategory.findFirst({
    where: { id: categoryId, active: true, agency: { is: { active: true } }, ...(agencyId ? { agencyId } : {}) },
    select: { id: true, name: true, agencyId: true },
  });
}
