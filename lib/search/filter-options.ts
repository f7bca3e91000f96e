// The choices of the search filters: active agencies, the chosen agency's catalogue tree, the years.
import { db } from "@/lib/db";
import { chinaToday, yearOf } from "@/lib/calendar/calendar-date";

const FIRST_YEAR = 2008; // 《政府信息公开条例》 took effect on 2008-05-01

export async function listSearchFilterOptions(agencyCode?: string) {
  const agencies = await db.agency.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true },
  });
  const agency = agencyCode ? agencies.find((a) => a.code === agencyCode) : undefined;
  const all = agency
    ? await db.catalogueCategory.findMany({
        where: { agencyId: agency.id, active: true },
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
        select: { id: true, name: true, parentId: true },
      })
    : [];
  const categories = all
    .filter((c) => !c.parentId)
    .flatMap((top) => [
      { id: top.id, name: top.name, depth: 0 },
      ...all.filter((c) => c.parentId === top.id).map((c) => ({ id: c.id, name: c.name, depth: 1 })),
    ]);
  const thisYear = yearOf(chinaToday());
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  return { agencies: agencies.map(({ code, name }) => ({ code, name })), categories, years };
}
