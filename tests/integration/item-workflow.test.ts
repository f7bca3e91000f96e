// The review chain of 主动公开 items (分级审核、先审后发): every transition for every role, self-approval,
// concurrent approvals, 索引号, withheld items, revisions, validity and withdrawal — on a real database.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { hashPassword } from "@/lib/auth/password";
import { createItemDraft } from "@/lib/items/create-item-draft";
import { keepWithheld } from "@/lib/items/keep-withheld";
import { itemViewWhere } from "@/lib/items/console-views";
import { findPublicItem } from "@/lib/items/public-queries";
import { startRevision } from "@/lib/items/start-revision";
import { transitionRevision } from "@/lib/items/transition-revision";
import { updateItemDraft } from "@/lib/items/update-item-draft";
import { decideValidityChange, proposeValidityChange } from "@/lib/items/validity-change";
import { publicItemWhere } from "@/lib/items/visibility";
import { withdrawItem } from "@/lib/items/withdraw-item";
import type { RevisionTransition } from "@/lib/items/workflow";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { draftInput, itemAt, type Stage } from "../support/items";

let agencies: DemoAgencyIds;
let staff: CurrentUser,
  reviewer: CurrentUser,
  leader: CurrentUser,
  admin: CurrentUser,
  platformAdmin: CurrentUser,
  financeStaff: CurrentUser;
let people: { drafter: CurrentUser; reviewer: CurrentUser; leader: CurrentUser };

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, reviewer, leader, admin, platformAdmin, financeStaff] = await Promise.all(
    [
      DEMO.commerceStaff,
      DEMO.commerceReviewer,
      DEMO.commerceLeader,
      DEMO.commerceAdmin,
      DEMO.platformAdmin,
      DEMO.financeStaff,
    ].map(principalFor),
  );
  people = { drafter: staff, reviewer, leader };
});

async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** A second person holding every role in 商务局, to show that holding the role is not enough for one's own draft. */
async function allRolesUser(): Promise<CurrentUser> {
  await db.user.create({
    data: {
      email: "all.roles@gongkai.demo",
      name: "全角色",
      passwordHash: await hashPassword("Irrelevant-123"),
      memberships: {
        create: (["STAFF", "REVIEWER", "LEADER"] as const).map((role) => ({ agencyId: agencies.commerce, role })),
      },
    },
  });
  return principalFor("all.roles@gongkai.demo");
}

describe("the transition table, for every role", () => {
  const cases: { transition: RevisionTransition; at: Stage; expected: Record<string, string> }[] = [
    {
      transition: "submit",
      at: "DRAFT",
      expected: {
        drafter: "ok",
        reviewer: "FORBIDDEN",
        leader: "FORBIDDEN",
        admin: "FORBIDDEN",
        platformAdmin: "NOT_FOUND",
        otherAgency: "NOT_FOUND",
      },
    },
    {
      transition: "pass",
      at: "PENDING_REVIEW",
      expected: {
        drafter: "FORBIDDEN",
        reviewer: "ok",
        leader: "FORBIDDEN",
        admin: "FORBIDDEN",
        platformAdmin: "NOT_FOUND",
        otherAgency: "NOT_FOUND",
      },
    },
    {
      transition: "returnFromReview",
      at: "PENDING_REVIEW",
      expected: {
        drafter: "FORBIDDEN",
        reviewer: "ok",
        leader: "FORBIDDEN",
        admin: "FORBIDDEN",
        platformAdmin: "NOT_FOUND",
        otherAgency: "NOT_FOUND",
      },
    },
    {
      transition: "approve",
      at: "PENDING_APPROVAL",
      expected: {
        drafter: "FORBIDDEN",
        reviewer: "FORBIDDEN",
        leader: "ok",
        admin: "FORBIDDEN",
        platformAdmin: "NOT_FOUND",
        otherAgency: "NOT_FOUND",
      },
    },
    {
      transition: "returnFromApproval",
      at: "PENDING_APPROVAL",
      expected: {
        drafter: "FORBIDDEN",
        reviewer: "FORBIDDEN",
        leader: "ok",
        admin: "FORBIDDEN",
        platformAdmin: "NOT_FOUND",
        otherAgency: "NOT_FOUND",
      },
    },
  ];
  for (const { transition, at, expected } of cases) {
    for (const [who, result] of Object.entries(expected)) {
      it(`${transition} at ${at} by ${who}: ${result}`, async () => {
        const actor = { drafter: staff, reviewer, leader, admin, platformAdmin, otherAgency: financeStaff }[who]!;
        const item = await itemAt(at, people, agencies.commerce);
        const input = transition.startsWith("return") ? { comment: "请补充附件。" } : {};
        expect(await outcome(transitionRevision({ actor, itemId: item.id, transition, input }))).toBe(result);
        const audits = await db.auditEvent.count({
          where: {
            entityId: item.id,
            type: { in: ["item.submitted", "item.review_passed", "item.returned", "item.published"] },
          },
        });
        const before = { DRAFT: 0, PENDING_REVIEW: 1, PENDING_APPROVAL: 2, PUBLISHED: 3 }[at];
        expect(audits).toBe(before + (result === "ok" ? 1 : 0));
      });
    }
  }

  it.each([
    ["submit", "PENDING_REVIEW"],
    ["pass", "DRAFT"],
    ["pass", "PENDING_APPROVAL"],
    ["approve", "PENDING_REVIEW"],
    ["approve", "DRAFT"],
    ["returnFromReview", "PENDING_APPROVAL"],
  ] as [RevisionTransition, Stage][])("%s is refused at %s", async (transition, at) => {
    const item = await itemAt(at, people, agencies.commerce);
    const actor = {
      submit: staff,
      pass: reviewer,
      approve: leader,
      returnFromReview: reviewer,
      returnFromApproval: leader,
    }[transition];
    expect(await outcome(transitionRevision({ actor, itemId: item.id, transition, input: { comment: "x" } }))).toBe(
      "CONFLICT",
    );
  });

  it("a return needs a comment, which the drafter then sees", async () => {
    const item = await itemAt("PENDING_REVIEW", people, agencies.commerce);
    expect(
      await outcome(
        transitionRevision({
          actor: reviewer,
          itemId: item.id,
          transition: "returnFromReview",
          input: { comment: " " },
        }),
      ),
    ).toBe("VALIDATION");
    await transitionRevision({
      actor: reviewer,
      itemId: item.id,
      transition: "returnFromReview",
      input: { comment: "文号有误，请核对。" },
    });
    const revision = await db.itemRevision.findFirstOrThrow({ where: { itemId: item.id } });
    expect(revision).toMatchObject({ status: "RETURNED", returnComment: "文号有误，请核对。" });
    // The drafter fixes and resubmits; the comment is cleared with the new submission.
    await updateItemDraft({
      actor: staff,
      itemId: item.id,
      input: draftInput(agencies.commerce, { documentNumber: "元商务〔2017〕13号" }),
    });
    await transitionRevision({ actor: staff, itemId: item.id, transition: "submit" });
    expect(await db.itemRevision.findFirstOrThrow({ where: { itemId: item.id } })).toMatchObject({
      status: "PENDING_REVIEW",
      returnComment: null,
      documentNumber: "元商务〔2017〕13号",
    });
  });

  it("only the drafter edits a draft, and not once it is submitted", async () => {
    const colleague = await db.user.create({
      data: {
        email: "second.staff@gongkai.demo",
        name: "第二经办",
        passwordHash: await hashPassword("Irrelevant-123"),
        memberships: { create: { agencyId: agencies.commerce, role: "STAFF" } },
      },
    });
    const other = await principalFor(colleague.email);
    const item = await itemAt("DRAFT", people, agencies.commerce);
    expect(
      await outcome(updateItemDraft({ actor: other, itemId: item.id, input: draftInput(agencies.commerce) })),
    ).toBe("FORBIDDEN");
    expect(await outcome(transitionRevision({ actor: other, itemId: item.id, transition: "submit" }))).toBe(
      "FORBIDDEN",
    );
    await transitionRevision({ actor: staff, itemId: item.id, transition: "submit" });
    expect(
      await outcome(updateItemDraft({ actor: staff, itemId: item.id, input: draftInput(agencies.commerce) })),
    ).toBe("CONFLICT");
  });
});

describe("nobody approves their own work", () => {
  it("a person holding every role cannot review or approve the item they drafted", async () => {
    const everything = await allRolesUser();
    const item = await createItemDraft({ actor: everything, input: draftInput(agencies.commerce) });
    await transitionRevision({ actor: everything, itemId: item.id, transition: "submit" });
    const refused = await transitionRevision({ actor: everything, itemId: item.id, transition: "pass" }).catch(
      (e: AppError) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toBe("selfApproval");
    await transitionRevision({ actor: reviewer, itemId: item.id, transition: "pass" });
    expect(await outcome(transitionRevision({ actor: everything, itemId: item.id, transition: "approve" }))).toBe(
      "FORBIDDEN",
    );
    expect(await outcome(transitionRevision({ actor: leader, itemId: item.id, transition: "approve" }))).toBe("ok");
  });
});

describe("the reviewer and the approving leader are two different people, neither the drafter", () => {
  /** A person who is both 保密审查 and 领导 in 商务局 (but never drafts). */
  async function reviewerAndLeader(): Promise<CurrentUser> {
    await db.user.create({
      data: {
        email: "review.lead@gongkai.demo",
        name: "审查兼领导",
        passwordHash: await hashPassword("Irrelevant-123"),
        memberships: {
          create: (["REVIEWER", "LEADER"] as const).map((role) => ({ agencyId: agencies.commerce, role })),
        },
      },
    });
    return principalFor("review.lead@gongkai.demo");
  }

  it("the person who passed the 保密审查 can neither approve nor return at the approval step", async () => {
    const both = await reviewerAndLeader();
    const item = await itemAt("PENDING_REVIEW", people, agencies.commerce);
    await transitionRevision({ actor: both, itemId: item.id, transition: "pass", input: { comment: "不涉密。" } });
    for (const transition of ["approve", "returnFromApproval"] as const) {
      const refused = await transitionRevision({
        actor: both,
        itemId: item.id,
        transition,
        input: { comment: "请修改。" },
      }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: "FORBIDDEN", message: "reviewerCannotApprove" });
    }
    // Nothing moved and nothing was recorded for the refused attempts.
    expect(await db.itemRevision.findFirstOrThrow({ where: { itemId: item.id } })).toMatchObject({
      status: "PENDING_APPROVAL",
    });
    expect(await db.auditEvent.count({ where: { entityId: item.id, type: "item.published" } })).toBe(0);
    // Their 待领导审定 queue leaves it out; the other leader's shows it.
    const inQueue = async (who: CurrentUser) =>
      db.item.count({ where: { AND: [{ id: item.id }, itemViewWhere(who, "approval")] } });
    expect(await inQueue(both)).toBe(0);
    expect(await inQueue(leader)).toBe(1);
    // Another leader approves.
    expect(await outcome(transitionRevision({ actor: leader, itemId: item.id, transition: "approve" }))).toBe("ok");
  });

  it("the same person may approve a revision someone else reviewed", async () => {
    const both = await reviewerAndLeader();
    const item = await itemAt("PENDING_APPROVAL", people, agencies.commerce);
    expect(await outcome(transitionRevision({ actor: both, itemId: item.id, transition: "approve" }))).toBe("ok");
  });

  it("a resubmitted revision is reviewed afresh: the earlier reviewer's opinion is cleared", async () => {
    const both = await reviewerAndLeader();
    const item = await itemAt("PENDING_REVIEW", people, agencies.commerce);
    await transitionRevision({ actor: reviewer, itemId: item.id, transition: "pass", input: { comment: "不涉密。" } });
    expect(await db.itemRevision.findFirstOrThrow({ where: { itemId: item.id } })).toMatchObject({
      reviewedById: reviewer.id,
      reviewComment: "不涉密。",
    });
    await transitionRevision({
      actor: leader,
      itemId: item.id,
      transition: "returnFromApproval",
      input: { comment: "请补充依据。" },
    });
    await transitionRevision({ actor: staff, itemId: item.id, transition: "submit" });
    expect(await db.itemRevision.findFirstOrThrow({ where: { itemId: item.id } })).toMatchObject({
      status: "PENDING_REVIEW",
      reviewedById: null,
      reviewComment: null,
    });
    // This time the reviewer-and-leader reviews it, so they may not approve it; the original reviewer
    // (no leader) cannot either; the leader can.
    await transitionRevision({ actor: both, itemId: item.id, transition: "pass" });
    expect(await outcome(transitionRevision({ actor: both, itemId: item.id, transition: "approve" }))).toBe(
      "FORBIDDEN",
    );
    expect(await outcome(transitionRevision({ actor: leader, itemId: item.id, transition: "approve" }))).toBe("ok");
  });
});

describe("a failed save changes nothing", () => {
  it("a missing 公开属性 is refused, never stored as 主动公开", async () => {
    const item = await createItemDraft({
      actor: staff,
      input: draftInput(agencies.commerce, {
        disclosure: "WITHHELD",
        withholdGround: "STATE_SECRET",
        withholdReason: "涉及国家秘密。",
      }),
    });
    const { disclosure: _dropped, ...withoutDisclosure } = draftInput(agencies.commerce, { title: "改过的标题" });
    expect(await outcome(updateItemDraft({ actor: staff, itemId: item.id, input: withoutDisclosure }))).toBe(
      "VALIDATION",
    );
    // The refused save left the draft exactly as it was.
    expect(await db.itemRevision.findFirstOrThrow({ where: { itemId: item.id } })).toMatchObject({
      disclosure: "WITHHELD",
      title: "三元区商务局关于开展2017年安全生产月活动的通知",
    });
    expect(
      await outcome(createItemDraft({ actor: staff, input: { ...withoutDisclosure, agencyId: agencies.commerce } })),
    ).toBe("VALIDATION");
  });
});

describe("publication and 索引号", () => {
  it("two leaders approving at once give exactly one publication", async () => {
    await db.user.create({
      data: {
        email: "deputy@gongkai.demo",
        name: "副局长",
        passwordHash: await hashPassword("Irrelevant-123"),
        memberships: { create: { agencyId: agencies.commerce, role: "LEADER" } },
      },
    });
    const deputy = await principalFor("deputy@gongkai.demo");
    const item = await itemAt("PENDING_APPROVAL", people, agencies.commerce);
    const results = await Promise.allSettled([
      transitionRevision({ actor: leader, itemId: item.id, transition: "approve" }),
      transitionRevision({ actor: deputy, itemId: item.id, transition: "approve" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("CONFLICT");
    expect(await db.auditEvent.count({ where: { entityId: item.id, type: "item.published" } })).toBe(1);
    expect(await db.indexSerial.findMany()).toEqual([expect.objectContaining({ last: 1 })]);
  });

  it("numbers follow the agency's pattern, are unique, and are never reused", async () => {
    const year = Number(
      new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()),
    );
    const first = await itemAt("PUBLISHED", people, agencies.commerce);
    const second = await itemAt("PUBLISHED", people, agencies.commerce);
    const numbers = await db.item.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { id: true, indexNumber: true },
    });
    expect(numbers.find((n) => n.id === first.id)?.indexNumber).toBe(`350403001/${year}-00001`);
    expect(numbers.find((n) => n.id === second.id)?.indexNumber).toBe(`350403001/${year}-00002`);
    // Withdrawing does not free the number; the next item takes a new one.
    await withdrawItem({ actor: leader, itemId: second.id, input: { reason: "内容有误" } });
    await db.agency.update({
      where: { id: agencies.commerce },
      data: { indexNumberPattern: "SWJ-{agencyCode}-{year}-{serial:3}" },
    });
    const third = await itemAt("PUBLISHED", people, agencies.commerce);
    expect((await db.item.findUniqueOrThrow({ where: { id: third.id } })).indexNumber).toBe(
      `SWJ-350403001-${year}-003`,
    );
    // Another agency has its own serials (财政局's admin is also its leader).
    await db.user.create({
      data: {
        email: "czj.reviewer@gongkai.demo",
        name: "财审",
        passwordHash: await hashPassword("Irrelevant-123"),
        memberships: { create: { agencyId: agencies.finance, role: "REVIEWER" } },
      },
    });
    const financeItem = await itemAt(
      "PUBLISHED",
      {
        drafter: financeStaff,
        reviewer: await principalFor("czj.reviewer@gongkai.demo"),
        leader: await principalFor(DEMO.financeAdmin),
      },
      agencies.finance,
    );
    expect((await db.item.findUniqueOrThrow({ where: { id: financeItem.id } })).indexNumber).toBe(
      `350403002/${year}-00001`,
    );
  });

  it("the published item is public with its metadata; drafts and items under review are not", async () => {
    const published = await itemAt("PUBLISHED", people, agencies.commerce);
    const pending = await itemAt("PENDING_APPROVAL", people, agencies.commerce);
    const draft = await itemAt("DRAFT", people, agencies.commerce);
    const item = await findPublicItem(published.id);
    expect(item?.liveRevision).toMatchObject({
      title: "三元区商务局关于开展2017年安全生产月活动的通知",
      documentNumber: "元商务〔2017〕12号",
    });
    expect(await findPublicItem(pending.id)).toBeNull();
    expect(await findPublicItem(draft.id)).toBeNull();
    expect(await db.item.count({ where: publicItemWhere })).toBe(1);
  });
});

describe("公开属性 other than 主动公开", () => {
  it("needs a legal ground and a reason, is recorded as withheld with a re-review date, and is never public", async () => {
    const refused = await createItemDraft({
      actor: staff,
      input: draftInput(agencies.commerce, { disclosure: "WITHHELD" }),
    }).catch((e: AppError) => e);
    expect((refused as AppError).fieldErrors).toMatchObject({
      withholdGround: ["withholdGroundRequired"],
      withholdReason: ["withholdReasonRequired"],
    });

    const item = await itemAt("PUBLISHED", people, agencies.commerce, {
      disclosure: "WITHHELD",
      withholdGround: "PROCESS_INFO",
      withholdReason: "属于内部讨论记录",
    });
    const stored = await db.item.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored.state).toBe("WITHHELD");
    expect(stored.indexNumber).toBeNull();
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    const [y, m, d] = today.split("-").map(Number);
    const expectedDue = new Date(Date.UTC(y + 1, m - 1, Math.min(d, new Date(Date.UTC(y + 1, m, 0)).getUTCDate())))
      .toISOString()
      .slice(0, 10);
    expect(stored.reviewDueOn?.toISOString().slice(0, 10)).toBe(expectedDue);
    expect(await findPublicItem(item.id)).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: item.id, type: "item.withheld" } })).toBe(1);
  });

  it("a re-review keeps it withheld until the next period, or turns it into a draft for publication", async () => {
    const item = await itemAt("PUBLISHED", people, agencies.commerce, {
      disclosure: "ON_REQUEST",
      withholdGround: "THIRD_PARTY",
      withholdReason: "涉及企业商业秘密",
    });
    await db.agency.update({ where: { id: agencies.commerce }, data: { withheldReviewMonths: 6 } });
    const { reviewDueOn } = await keepWithheld({
      actor: leader,
      itemId: item.id,
      input: { comment: "仍涉及商业秘密" },
      now: new Date("2026-03-31T04:00:00Z"),
    });
    expect(reviewDueOn).toBe("2026-09-30");
    expect(await outcome(keepWithheld({ actor: staff, itemId: item.id }))).toBe("FORBIDDEN");

    const revision = await startRevision({ actor: staff, itemId: item.id, forPublication: true });
    expect(revision).toMatchObject({ number: 2, disclosure: "PROACTIVE", withholdGround: null, status: "DRAFT" });
    await transitionRevision({ actor: staff, itemId: item.id, transition: "submit" });
    await transitionRevision({ actor: reviewer, itemId: item.id, transition: "pass" });
    await transitionRevision({ actor: leader, itemId: item.id, transition: "approve" });
    expect((await db.item.findUniqueOrThrow({ where: { id: item.id } })).state).toBe("PUBLISHED");
    expect(await findPublicItem(item.id)).not.toBeNull();
  });
});

describe("revisions, validity and withdrawal", () => {
  it("the public keeps the approved revision while a new one goes through the chain", async () => {
    const item = await itemAt("PUBLISHED", people, agencies.commerce);
    const { indexNumber } = await db.item.findUniqueOrThrow({ where: { id: item.id } });
    await startRevision({ actor: staff, itemId: item.id });
    expect(await outcome(startRevision({ actor: staff, itemId: item.id }))).toBe("CONFLICT");
    await updateItemDraft({
      actor: staff,
      itemId: item.id,
      input: draftInput(agencies.commerce, { title: "（修订）安全生产月活动通知" }),
    });
    expect((await findPublicItem(item.id))?.liveRevision?.title).toBe("三元区商务局关于开展2017年安全生产月活动的通知");
    await transitionRevision({ actor: staff, itemId: item.id, transition: "submit" });
    await transitionRevision({ actor: reviewer, itemId: item.id, transition: "pass" });
    await transitionRevision({ actor: leader, itemId: item.id, transition: "approve" });
    expect((await findPublicItem(item.id))?.liveRevision?.title).toBe("（修订）安全生产月活动通知");
    const revisions = await db.itemRevision.findMany({ where: { itemId: item.id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => r.status)).toEqual(["SUPERSEDED", "APPROVED"]);
    expect((await db.item.findUniqueOrThrow({ where: { id: item.id } })).indexNumber).toBe(indexNumber);
  });

  it("废止 needs a leader other than the proposer and then shows with its date", async () => {
    const item = await itemAt("PUBLISHED", people, agencies.commerce);
    await proposeValidityChange({
      actor: staff,
      itemId: item.id,
      input: { validity: "REPEALED", effectiveOn: "2026-11-01", reason: "已被新文件替代" },
    });
    expect(
      await outcome(
        proposeValidityChange({
          actor: staff,
          itemId: item.id,
          input: { validity: "EXPIRED", effectiveOn: "2026-11-01", reason: "x" },
        }),
      ),
    ).toBe("CONFLICT");
    expect(await outcome(decideValidityChange({ actor: reviewer, itemId: item.id, approve: true }))).toBe("FORBIDDEN");
    await decideValidityChange({ actor: leader, itemId: item.id, approve: true });
    const publicItem = await findPublicItem(item.id);
    expect(publicItem).toMatchObject({ validity: "REPEALED" });
    expect(publicItem?.validityChangedOn?.toISOString().slice(0, 10)).toBe("2026-11-01");
  });

  it("a leader withdraws a published item with a reason: it leaves the portal", async () => {
    const item = await itemAt("PUBLISHED", people, agencies.commerce);
    expect(await outcome(withdrawItem({ actor: staff, itemId: item.id, input: { reason: "错误" } }))).toBe("FORBIDDEN");
    expect(await outcome(withdrawItem({ actor: leader, itemId: item.id, input: { reason: "" } }))).toBe("VALIDATION");
    await withdrawItem({ actor: leader, itemId: item.id, input: { reason: "发布内容有误" } });
    expect(await findPublicItem(item.id)).toBeNull();
    expect(await outcome(withdrawItem({ actor: leader, itemId: item.id, input: { reason: "再次" } }))).toBe("CONFLICT");
  });
});

describe("injection in body and metadata", () => {
  it("stores only sanitised HTML and plain-text metadata", async () => {
    const item = await createItemDraft({
      actor: staff,
      input: draftInput(agencies.commerce, {
        title: '<img src=x onerror="alert(1)">关于<b>检查</b>的通知',
        summary: "<script>alert('x')</script>概述",
        bodyMarkdown:
          '正文<script>document.location="https://evil.example"</script>\n\n<a href="javascript:alert(1)">点我</a>',
        keywords: "<i>安全</i>，检查",
      }),
    });
    const revision = await db.itemRevision.findFirstOrThrow({ where: { itemId: item.id } });
    expect(revision.title).toBe("关于检查的通知");
    expect(revision.summary).toBe("概述");
    expect(revision.keywords).toEqual(["安全", "检查"]);
    expect(revision.bodyHtml).not.toMatch(/script|javascript:|onerror/i);
    expect(revision.bodyHtml).toContain("正文");
  });
});
