// Items late against the time rules (time-rules.ts), for the console's "late" queue: not yet published
// although 20 working days have passed since 成文日期, or an interpretation still unpublished 3 working
// days after its policy document. Working days need the calendar, so the (few) unpublished candidates
// are loaded and checked here rather than in SQL.
import { db } from "@/lib/db";
import { chinaToday, fromDbDate } from "@/lib/calendar/calendar-date";
import type { WorkingCalendar } from "@/lib/calendar/working-calendar";
import type { Principal } from "@/lib/auth/permissions";
import { itemScopeWhere } from "./queries";
import { checkInterpretationDeadline, checkPublicationDeadline, type TimeRuleCheck } from "./time-rules";

export type LateItem = { id: string; title: string; agency: string; checks: TimeRuleCheck[] };

export async function listLateItems(user: Principal, calendar: WorkingCalendar, now = new Date()): Promise<LateItem[]> {
  const today = chinaToday(now);
  const candidates = await db.item.findMany({
    where: { AND: [itemScopeWhere(user), { state: "DRAFT" }] },
    select: {
      id: true,
      agency: { select: { shortName: true } },
      interprets: { select: { publishedOn: true, state: true } },
      revisions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { title: true, writtenOn: true, disclosure: true, genre: true },
      },
    },
  });
  const late: LateItem[] = [];
  for (const item of candidates) {
    const revision = item.revisions[0];
    if (revision?.disclosure !== "PROACTIVE") continue;
    const checks = itemTimeChecks(calendar, today, {
      writtenOn: revision.writtenOn,
      publishedOn: null,
      policyPublishedOn: item.interprets?.publishedOn ?? null,
    }).filter((c) => c.late);
    if (checks.length) late.push({ id: item.id, title: revision.title, agency: item.agency.shortName, checks });
  }
  return late;
}

/** The time-rule checks that apply to one item (its publication, and for an interpretation its policy's). */
export function itemTimeChecks(
  calendar: WorkingCalendar,
  today: ReturnType<typeof chinaToday>,
  dates: { writtenOn: Date; publishedOn: Date | null; policyPublishedOn: Date | null },
): TimeRuleCheck[] {
  const publishedOn = dates.publishedOn ? fromDbDate(dates.publishedOn) : null;
  const checks = [checkPublicationDeadline(calendar, fromDbDate(dates.writtenOn), publishedOn, today)];
  if (dates.policyPublishedOn)
    checks.push(checkInterpretationDeadline(calendar, fromDbDate(dates.policyPublishedOn), publishedOn, today));
  return checks;
}
