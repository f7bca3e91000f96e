// The choices of the item draft form for one user: where they may draft, those agencies' catalogue
// categories, and their published policy documents an interpretation can point to.
import { db } from "@/lib/db";
import { agencyScope, type Principal } from "@/lib/auth/permissions";
import {
  CHANNELS,
  DISCLOSURE_ATTRIBUTES,
  DOCUMENT_KINDS,
  GENRES,
  SUBJECT_CATEGORY_CODES,
  WITHHOLD_GROUNDS,
} from "./vocabulary";

export async function loadItemFormOptions(user: Principal) {
  const scope = agencyScope(user, "item.draft");
  const agencyFilter = scope === "all" ? {} : { id: { in: scope } };
  const [agencies, categories, policies] = await Promise.all([
    db.agency.findMany({
      where: { ...agencyFilter, active: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, name: true },
    }),
    db.catalogueCategory.findMany({
      where: { active: true, ...(scope === "all" ? {} : { agencyId: { in: scope } }) },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, agencyId: true, name: true, parent: { select: { name: true } } },
    }),
    db.item.findMany({
      where: {
        state: "PUBLISHED",
        ...(scope === "all" ? {} : { agencyId: { in: scope } }),
        liveRevision: { is: { genre: { not: "INTERPRETATION" } } },
      },
      orderBy: { publishedAt: "desc" },
      take: 500,
      select: { id: true, agencyId: true, indexNumber: true, liveRevision: { select: { title: true } } },
    }),
  ]);
  return {
    agencies,
    categories: categories.map((c) => ({
      id: c.id,
      agencyId: c.agencyId,
      name: c.parent ? `${c.parent.name} / ${c.name}` : c.name,
    })),
    policies: policies.map((p) => ({
      id: p.id,
      agencyId: p.agencyId,
      label: `${p.liveRevision?.title ?? ""}（${p.indexNumber}）`,
    })),
    subjects: SUBJECT_CATEGORY_CODES,
    genres: GENRES,
    documentKinds: DOCUMENT_KINDS,
    channels: CHANNELS,
    disclosures: DISCLOSURE_ATTRIBUTES,
    grounds: WITHHOLD_GROUNDS,
  };
}
