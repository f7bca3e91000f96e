// 退回给我的 on the dashboard, on a real database: a reply (答复书), an item and an annual report sent back to the
// person who drafted or submitted them are counted in the one box and listed with the 退回意见; nobody else
// sees them as theirs; resubmitting takes them off; and another agency's work never appears.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { loadDashboardQueues } from "@/lib/dashboard/queues";
import { countReturnedToMe, listReturnedToMe } from "@/lib/dashboard/returned-to-me";
import { transitionRevision } from "@/lib/items/transition-revision";
import { registerRequest } from "@/lib/requests/register-request";
import { draftReply } from "@/lib/requests/replies/draft-reply";
import { returnReply, submitReply } from "@/lib/requests/replies/transition-reply";
import { openReport } from "@/lib/reports/open-report";
import { returnReport } from "@/lib/reports/return-report";
import { createUser } from "@/lib/users/create-user";
import { itemAt } from "../../support/items";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../../support/principals";
import { onlineRequestInput } from "../../support/requests";

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser, reviewer: CurrentUser, otherStaff: CurrentUser, financeStaff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, reviewer, financeStaff] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.commerceReviewer, DEMO.financeStaff].map(principalFor),
  );
  const admin = await principalFor(DEMO.commerceAdmin);
  const user = await createUser({
    actor: admin,
    input: {
      email: "swj.staff3@gongkai.demo",
      name: "钱科员",
      password: "demo-pass-2026",
      agencyId: agencies.commerce,
      roles: ["STAFF"],
    },
  });
  await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
  otherStaff = await principalFor("swj.staff3@gongkai.demo");
});

async function returnedReply(drafter = staff, agencyId = agencies.commerce, approver = leader) {
  const request = await registerRequest({
    actor: drafter,
    input: {
      ...onlineRequestInput(agencyId),
      channel: "IN_PERSON",
      receiptBasis: "HANDED_IN",
      receivedOn: "2026-11-02",
    },
  });
  const reply = await draftReply({ actor: drafter, requestId: request.id, input: { outcome: "UNABLE_NOT_HELD" } });
  await submitReply({ actor: drafter, requestId: request.id, replyId: reply.id });
  await returnReply({
    actor: approver,
    requestId: request.id,
    replyId: reply.id,
    input: { comment: "法律依据引用有误，请改为第三十六条第四项。" },
  });
  return { request, reply };
}

const returnedBox = async (user: CurrentUser) =>
  (await loadDashboardQueues(user)).find((q) => q.key === "returned")?.count ?? null;

describe("退回给我的 on the drafter's dashboard", () => {
  it("counts a returned reply (it showed 0 before) and lists it by 查询码 with the leader's comment", async () => {
    expect(await returnedBox(staff)).toBe(0);
    const { request } = await returnedReply();
    expect(await returnedBox(staff)).toBe(1);
    const [work] = await listReturnedToMe(staff);
    expect(work).toMatchObject({
      kind: "reply",
      id: request.id,
      title: request.trackingCode,
      comment: "法律依据引用有误，请改为第三十六条第四项。",
      href: `/console/requests/${request.id}/reply`,
    });
  });

  it("counts returned items and returned reports in the same box, newest first", async () => {
    const item = await itemAt("PENDING_REVIEW", { drafter: staff, reviewer, leader }, agencies.commerce);
    await transitionRevision({
      actor: reviewer,
      itemId: item.id,
      transition: "returnFromReview",
      input: { comment: "含有个人信息，请删除。" },
    });
    await returnedReply();
    const report = await openReport({ user: staff, agencyId: agencies.commerce, year: 2025 });
    // Submitting needs every 表二 figure; the return is what matters here, so the state is set as submitted.
    await db.annualReport.update({
      where: { id: report.id },
      data: { status: "PENDING_APPROVAL", submittedById: staff.id, submittedAt: new Date() },
    });
    await returnReport({ user: leader, reportId: report.id, input: { comment: "第五部分写得太简单。" } });

    expect(await returnedBox(staff)).toBe(3);
    expect(await countReturnedToMe(staff)).toBe(3);
    const work = await listReturnedToMe(staff);
    expect(work.map((w) => w.kind)).toEqual(["report", "reply", "item"]);
    expect(work[0]).toMatchObject({
      year: 2025,
      comment: "第五部分写得太简单。",
      href: `/console/reports/${report.id}`,
    });
    expect(work[2]).toMatchObject({ comment: "含有个人信息，请删除。", href: `/console/items/${item.id}` });
    // The old per-item box is gone from the dashboard: one box, not two that disagree.
    expect((await loadDashboardQueues(staff)).some((q) => q.key === "items-returned")).toBe(false);
  });

  it("is the drafter's alone: a colleague, the leader who returned it and another agency see nothing", async () => {
    await returnedReply();
    expect(await returnedBox(otherStaff)).toBe(0);
    expect(await listReturnedToMe(leader)).toEqual([]);
    expect(await returnedBox(financeStaff)).toBe(0);
    // A leader holds no drafting role: the box is not shown at all.
    expect(await returnedBox(leader)).toBeNull();
  });

  it("leaves the box once the drafter resubmits the reply", async () => {
    const { request, reply } = await returnedReply();
    await submitReply({ actor: staff, requestId: request.id, replyId: reply.id });
    expect(await returnedBox(staff)).toBe(0);
    expect(await listReturnedToMe(staff)).toEqual([]);
  });

  it("drops a returned reply once the drafter no longer belongs to its agency (scope lives in the query)", async () => {
    await returnedReply();
    await db.membership.deleteMany({ where: { userId: staff.id } });
    const moved = await principalFor(DEMO.commerceStaff);
    expect(await listReturnedToMe(moved)).toEqual([]);
  });
});
