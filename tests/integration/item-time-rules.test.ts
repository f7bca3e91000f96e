// The console's "late" queue: drafts still unpublished 20 working days after 成文日期, and
// interpretations still unpublished 3 working days after their policy document.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { officialCalendar } from "@/lib/calendar/working-calendar";
import { toDbDate } from "@/lib/calendar/calendar-date";
import { countItemQueues } from "@/lib/items/console-views";
import { createItemDraft } from "@/lib/items/create-item-draft";
import { listLateItems } from "@/lib/items/late-items";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { draftInput, itemAt } from "../support/items";

let agencies: DemoAgencyIds;
let staff: CurrentUser, reviewer: CurrentUser, leader: CurrentUser, financeStaff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, reviewer, leader, financeStaff] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader, DEMO.financeStaff].map(principalFor),
  );
});

// "Today" is 2026-11-27 (Fri) in these tests. 20 working days back from it (none are holidays in
// Oct 30 – Nov 27 except weekends): Nov 27,26,25,24,23,20,19,18,17,16,13,12,11,10,9,6,5,4,3,2 → a draft
// written on 2026-10-30 is due 2026-11-27 (on time today); written on 2026-10-29 it was due 2026-11-26.
const now = new Date("2026-11-27T04:00:00Z");

describe("late against the time rules", () => {
  it("lists unpublished drafts past 20 working days from 成文日期, and only those", async () => {
    const late = await createItemDraft({
      actor: staff,
      input: draftInput(agencies.commerce, { title: "逾期未公开的通知", writtenOn: "2026-10-29" }),
    });
    await createItemDraft({
      actor: staff,
      input: draftInput(agencies.commerce, { title: "今日到期的通知", writtenOn: "2026-10-30" }),
    });
    await createItemDraft({
      actor: staff,
      input: draftInput(agencies.commerce, {
        title: "不予公开的记录",
        writtenOn: "2026-01-05",
        disclosure: "WITHHELD",
        withholdGround: "PROCESS_INFO",
        withholdReason: "过程稿",
      }),
    });
    await createItemDraft({
      actor: financeStaff,
      input: draftInput(agencies.finance, { title: "财政局逾期", writtenOn: "2026-01-05" }),
    });
    const list = await listLateItems(staff, officialCalendar, now);
    expect(list.map((i) => i.id)).toEqual([late.id]);
    expect(list[0].checks).toEqual([expect.objectContaining({ rule: "publication", due: "2026-11-26", late: true })]);
  });

  it("lists an interpretation not published within 3 working days of its policy document", async () => {
    const policy = await itemAt("PUBLISHED", { drafter: staff, reviewer, leader }, agencies.commerce, {
      title: "政策文件",
      writtenOn: "2026-11-20",
    });
    // The policy went out on Mon 2026-11-23: the interpretation was due Thu 2026-11-26.
    await db.item.update({ where: { id: policy.id }, data: { publishedOn: toDbDate("2026-11-23") } });
    const interpretation = await createItemDraft({
      actor: staff,
      input: draftInput(agencies.commerce, {
        title: "政策解读",
        genre: "INTERPRETATION",
        interpretsItemId: policy.id,
        writtenOn: "2026-11-24",
      }),
    });
    const list = await listLateItems(staff, officialCalendar, now);
    expect(list.map((i) => i.id)).toEqual([interpretation.id]);
    expect(list[0].checks).toEqual([
      expect.objectContaining({ rule: "interpretation", due: "2026-11-26", late: true }),
    ]);
  });

  it("counts the late queue on the dashboard", async () => {
    await createItemDraft({ actor: staff, input: draftInput(agencies.commerce, { writtenOn: "2017-06-01" }) });
    const queues = await countItemQueues(staff);
    expect(queues).toContainEqual({ view: "late", count: 1 });
  });
});
