// The reply chain on a real database: draft → submit → leader approval (never by the drafter; of two leaders
// at once one wins) → send, which records REPLIED and closes the request with the reply's outcome; released
// documents, proposing one for the proactive catalogue, and each agency's own templates.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { AppError } from "@/lib/errors/app-error";
import { registerRequest } from "@/lib/requests/register-request";
import { draftReply } from "@/lib/requests/replies/draft-reply";
import { remediesSentence } from "@/lib/requests/replies/letter";
import { proposeForCatalogue } from "@/lib/requests/replies/propose-for-catalogue";
import { addReleasedFile } from "@/lib/requests/replies/released-files";
import { resetReplyTemplate, saveReplyTemplate } from "@/lib/requests/replies/reply-templates";
import { sendReply } from "@/lib/requests/replies/send-reply";
import { approveReply, returnReply, submitReply } from "@/lib/requests/replies/transition-reply";
import { updateReply } from "@/lib/requests/replies/update-reply";
import { createUser } from "@/lib/users/create-user";
import { chinesePdf } from "../fixtures/attachments/build-fixtures";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";

/** 三元区商务局's demo settings: every letter names them. */
const REMEDIES_SENTENCE = remediesSentence({ reviewBody: "三明市三元区人民政府", court: "三明市三元区人民法院" });

let agencies: DemoAgencyIds;
let staff: CurrentUser,
  leader: CurrentUser,
  secondLeader: CurrentUser,
  staffLeader: CurrentUser,
  financeStaff: CurrentUser,
  commerceAdmin: CurrentUser,
  financeAdmin: CurrentUser;

/** A user of 商务局 with `roles`, signed in (the initial password already changed). */
async function colleague(email: string, name: string, roles: string[]) {
  const user = await createUser({
    actor: commerceAdmin,
    input: { email, name, password: "demo-pass-2026", agencyId: agencies.commerce, roles },
  });
  await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
  return principalFor(email);
}

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, financeStaff, commerceAdmin, financeAdmin] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.financeStaff, DEMO.commerceAdmin, DEMO.financeAdmin].map(
      principalFor,
    ),
  );
  secondLeader = await colleague("swj.leader2@gongkai.demo", "周副局长", ["LEADER"]);
  staffLeader = await colleague("swj.both@gongkai.demo", "吴科长", ["STAFF", "LEADER"]);
});

const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/** A request handed in on Mon 2026-11-02 (due 2026-11-30). */
const newRequest = (agencyId = agencies.commerce) =>
  registerRequest({
    actor: staff,
    input: {
      ...onlineRequestInput(agencyId),
      channel: "IN_PERSON",
      receiptBasis: "HANDED_IN",
      receivedOn: "2026-11-02",
    },
  });

async function approvedReply(outcome = "UNABLE_NOT_HELD", drafter = staff) {
  const request = await newRequest();
  const reply = await draftReply({ actor: drafter, requestId: request.id, input: { outcome } });
  await submitReply({ actor: drafter, requestId: request.id, replyId: reply.id });
  await approveReply({ actor: leader, requestId: request.id, replyId: reply.id });
  return { request, reply };
}

describe("drafting a reply", () => {
  it("prefills the legal ground and generates the letter from the default template, ending with the remedies", async () => {
    const request = await newRequest();
    const reply = await draftReply({
      actor: staff,
      requestId: request.id,
      input: { outcome: "DECLINED_PETITION" },
      now: new Date("2026-11-20T02:00:00Z"),
    });
    expect(reply).toMatchObject({
      status: "DRAFT",
      outcome: "DECLINED_PETITION",
      legalGround: "《中华人民共和国政府信息公开条例》第三十九条第一款",
      drafterId: staff.id,
    });
    expect(reply.letterMarkdown).toContain("张三：");
    expect(reply.letterMarkdown).toContain("2026年11月2日");
    expect(reply.letterMarkdown).toContain(request.trackingCode);
    expect(reply.letterMarkdown).toContain("第三十九条第一款");
    expect(reply.letterMarkdown.endsWith(REMEDIES_SENTENCE)).toBe(true);
    expect(reply.letterHtml).toContain("<p>");
    expect(await db.auditEvent.count({ where: { type: "request.reply_drafted", entityId: request.id } })).toBe(1);
  });

  it("keeps the drafter's letter but still ends it with the remedies; one open reply per request", async () => {
    const request = await newRequest();
    const reply = await draftReply({
      actor: staff,
      requestId: request.id,
      input: {
        outcome: "UNABLE_NOT_HELD",
        legalGround: "《中华人民共和国政府信息公开条例》第三十六条第（五）项",
        letterMarkdown: "张三：\n\n经检索，该信息由区财政局负责公开。<script>alert(1)</script>",
      },
    });
    expect(reply.legalGround).toContain("第（五）项");
    expect(reply.letterMarkdown.endsWith(REMEDIES_SENTENCE)).toBe(true);
    expect(reply.letterHtml).not.toContain("<script");
    expect(
      (await fail(draftReply({ actor: staff, requestId: request.id, input: { outcome: "GRANTED" } })))?.message,
    ).toBe("replies.replyAlreadyOpen");
  });

  it("refuses an outcome that is not a reply's, a 其他处理 reply without its ground, other agencies and non-staff", async () => {
    const request = await newRequest();
    expect(
      (await fail(draftReply({ actor: staff, requestId: request.id, input: { outcome: "OTHER_UNPAID_FEE" } })))
        ?.fieldErrors?.outcome,
    ).toEqual(["required"]);
    expect(
      (await fail(draftReply({ actor: staff, requestId: request.id, input: { outcome: "OTHER_OTHER" } })))?.fieldErrors
        ?.legalGround,
    ).toEqual(["required"]);
    expect(
      (await fail(draftReply({ actor: financeStaff, requestId: request.id, input: { outcome: "GRANTED" } })))?.code,
    ).toBe("NOT_FOUND");
    expect(
      (await fail(draftReply({ actor: leader, requestId: request.id, input: { outcome: "GRANTED" } })))?.code,
    ).toBe("FORBIDDEN");
  });

  it("lets only the drafter edit, and regenerates the letter from the template on request", async () => {
    const request = await newRequest();
    const reply = await draftReply({
      actor: staff,
      requestId: request.id,
      input: { outcome: "UNABLE_NOT_HELD", letterMarkdown: "手写的信" },
    });
    expect(
      (
        await fail(
          updateReply({
            actor: staffLeader,
            requestId: request.id,
            replyId: reply.id,
            input: { outcome: "UNABLE_NOT_HELD" },
          }),
        )
      )?.message,
    ).toBe("replies.notYourReply");
    const regenerated = await updateReply({
      actor: staff,
      requestId: request.id,
      replyId: reply.id,
      input: { outcome: "DECLINED_DUPLICATE", letterMarkdown: "手写的信", regenerate: "1" },
    });
    expect(regenerated.letterMarkdown).not.toContain("手写的信");
    expect(regenerated.letterMarkdown).toContain("第三十六条第（六）项");
    expect(regenerated.legalGround).toBe("《中华人民共和国政府信息公开条例》第三十六条第（六）项");
  });
});

describe("approval", () => {
  it("goes draft → pending → returned with a comment → pending → approved; the drafter cannot edit while pending", async () => {
    const request = await newRequest();
    const reply = await draftReply({ actor: staff, requestId: request.id, input: { outcome: "UNABLE_NOT_HELD" } });
    expect((await fail(approveReply({ actor: leader, requestId: request.id, replyId: reply.id })))?.message).toBe(
      "replies.replyStateChanged",
    );
    await submitReply({ actor: staff, requestId: request.id, replyId: reply.id });
    expect(
      (
        await fail(
          updateReply({
            actor: staff,
            requestId: request.id,
            replyId: reply.id,
            input: { outcome: "UNABLE_NOT_HELD" },
          }),
        )
      )?.message,
    ).toBe("replies.replyNotEditable");
    expect(
      (await fail(returnReply({ actor: leader, requestId: request.id, replyId: reply.id, input: { comment: "" } })))
        ?.fieldErrors?.comment,
    ).toEqual(["required"]);
    const returned = await returnReply({
      actor: leader,
      requestId: request.id,
      replyId: reply.id,
      input: { comment: "请写明负责公开的机关。" },
    });
    expect(returned).toMatchObject({ status: "RETURNED", returnComment: "请写明负责公开的机关。" });
    await updateReply({
      actor: staff,
      requestId: request.id,
      replyId: reply.id,
      input: { outcome: "UNABLE_NOT_HELD", letterMarkdown: "张三：\n\n该信息由区财政局负责公开。" },
    });
    await submitReply({ actor: staff, requestId: request.id, replyId: reply.id });
    const approved = await approveReply({ actor: leader, requestId: request.id, replyId: reply.id });
    expect(approved).toMatchObject({ status: "APPROVED", approvedById: leader.id });
    expect(
      await db.auditEvent.findMany({
        where: { entityId: request.id, type: { startsWith: "request.reply_" } },
        orderBy: { id: "asc" },
        select: { type: true },
      }),
    ).toEqual(
      [
        "request.reply_drafted",
        "request.reply_submitted",
        "request.reply_returned",
        "request.reply_updated",
        "request.reply_submitted",
        "request.reply_approved",
      ].map((type) => ({ type })),
    );
  });

  it("refuses self-approval by a leader who drafted the reply, and staff approving", async () => {
    const request = await newRequest();
    const reply = await draftReply({
      actor: staffLeader,
      requestId: request.id,
      input: { outcome: "UNABLE_NOT_HELD" },
    });
    await submitReply({ actor: staffLeader, requestId: request.id, replyId: reply.id });
    const self = await fail(approveReply({ actor: staffLeader, requestId: request.id, replyId: reply.id }));
    expect(self).toMatchObject({ code: "FORBIDDEN", message: "replies.selfApproval" });
    expect(
      (
        await fail(
          returnReply({ actor: staffLeader, requestId: request.id, replyId: reply.id, input: { comment: "自己退回" } }),
        )
      )?.message,
    ).toBe("replies.selfApproval");
    expect((await fail(approveReply({ actor: staff, requestId: request.id, replyId: reply.id })))?.code).toBe(
      "FORBIDDEN",
    );
    expect((await fail(approveReply({ actor: financeAdmin, requestId: request.id, replyId: reply.id })))?.code).toBe(
      "NOT_FOUND",
    );
    expect((await db.requestReply.findUniqueOrThrow({ where: { id: reply.id } })).status).toBe("PENDING_APPROVAL");
  });

  it("two leaders approving at once: one wins, the other is told the reply changed", async () => {
    const request = await newRequest();
    const reply = await draftReply({ actor: staff, requestId: request.id, input: { outcome: "UNABLE_NOT_HELD" } });
    await submitReply({ actor: staff, requestId: request.id, replyId: reply.id });
    const results = await Promise.allSettled([
      approveReply({ actor: leader, requestId: request.id, replyId: reply.id }),
      approveReply({ actor: secondLeader, requestId: request.id, replyId: reply.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatchObject({ code: "CONFLICT", message: "replies.replyStateChanged" });
    expect(await db.auditEvent.count({ where: { type: "request.reply_approved", entityId: request.id } })).toBe(1);
  });
});

describe("sending", () => {
  it("records REPLIED, closes the request with the reply's outcome and e-mails the letter", async () => {
    const { request, reply } = await approvedReply("UNABLE_NOT_HELD");
    expect(
      (
        await fail(
          sendReply({
            actor: staff,
            requestId: request.id,
            replyId: reply.id,
            input: { sentOn: "2026-12-31" },
            now: new Date("2026-11-28T02:00:00Z"),
          }),
        )
      )?.fieldErrors?.sentOn,
    ).toEqual(["clockError.IN_FUTURE"]);
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { type: "request.event_refused", entityId: request.id } }),
    ).toMatchObject({ payload: { kind: "REPLIED", on: "2026-12-31", reason: "IN_FUTURE", field: "sentOn" } });
    expect(
      (
        await fail(
          sendReply({ actor: leader, requestId: request.id, replyId: reply.id, input: { sentOn: "2026-11-20" } }),
        )
      )?.code,
    ).toBe("FORBIDDEN");
    await sendReply({ actor: staff, requestId: request.id, replyId: reply.id, input: { sentOn: "2026-11-20" } });

    const stored = await db.infoRequest.findUniqueOrThrow({
      where: { id: request.id },
      include: { events: true, replies: true },
    });
    expect(stored).toMatchObject({ state: "CLOSED", outcome: "UNABLE_NOT_HELD" });
    expect(day(stored.concludedOn)).toBe("2026-11-20");
    expect(stored.events.filter((e) => e.kind === "REPLIED").map((e) => day(e.on))).toEqual(["2026-11-20"]);
    expect(stored.replies[0]).toMatchObject({ status: "SENT" });
    expect(day(stored.replies[0].sentOn)).toBe("2026-11-20");
    expect(await db.auditEvent.count({ where: { type: "request.reply_sent", entityId: request.id } })).toBe(1);
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: "zhangsan@example.com", subject: { contains: "告知书" } },
    });
    expect(mail.textBody).toContain("第三十六条第（四）项");
    expect(mail.textBody).toContain(REMEDIES_SENTENCE);
    expect(mail.textBody).toContain(request.trackingCode);

    // Sent once: a second send finds it no longer approved; the closed request takes no new reply.
    expect(
      (
        await fail(
          sendReply({ actor: staff, requestId: request.id, replyId: reply.id, input: { sentOn: "2026-11-21" } }),
        )
      )?.code,
    ).toBe("CONFLICT");
    expect(
      (await fail(draftReply({ actor: staff, requestId: request.id, input: { outcome: "GRANTED" } })))?.message,
    ).toBe("replies.requestClosed");
  });

  it("refuses a 予以公开 reply by files without a released document, then sends it with one", async () => {
    // Changed by issue 18: the missing file is refused when the letter goes to the leader (it could never be
    // added after), not only when it is sent.
    const request = await newRequest();
    const reply = await draftReply({ actor: staff, requestId: request.id, input: { outcome: "GRANTED" } });
    expect(reply.delivery).toBe("FILES");
    const refused = await fail(submitReply({ actor: staff, requestId: request.id, replyId: reply.id }));
    expect(refused).toMatchObject({ code: "VALIDATION", message: "replies.releasedFileRequired" });
    expect((await db.requestReply.findUniqueOrThrow({ where: { id: reply.id } })).status).toBe("DRAFT");
    expect((await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } })).state).toBe("OPEN");
    expect(await db.requestEvent.count({ where: { requestId: request.id, kind: "REPLIED" } })).toBe(0);

    // Files are attached while the reply is editable (by its drafter), before it is submitted.
    const second = await newRequest();
    const draft = await draftReply({ actor: staff, requestId: second.id, input: { outcome: "GRANTED" } });
    expect(
      (
        await fail(
          addReleasedFile({
            actor: staffLeader,
            requestId: second.id,
            replyId: draft.id,
            file: { bytes: chinesePdf(["检查记录"]), fileName: "x.pdf" },
          }),
        )
      )?.message,
    ).toBe("replies.notYourReply");
    const file = await addReleasedFile({
      actor: staff,
      requestId: second.id,
      replyId: draft.id,
      file: { bytes: chinesePdf(["2017年安全生产检查记录"]), fileName: "2017年安全生产检查记录.pdf" },
    });
    expect(file).toMatchObject({ kind: "RELEASED", replyId: draft.id, contentType: "application/pdf" });
    await submitReply({ actor: staff, requestId: second.id, replyId: draft.id });
    await approveReply({ actor: leader, requestId: second.id, replyId: draft.id });
    await sendReply({ actor: staff, requestId: second.id, replyId: draft.id, input: { sentOn: "2026-11-20" } });
    expect(await db.infoRequest.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      state: "CLOSED",
      outcome: "GRANTED",
    });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { subject: { contains: "答复书" } } });
    expect(mail.textBody).toContain("2017年安全生产检查记录.pdf");
  });

  it("refuses released files on a reply that releases nothing", async () => {
    const request = await newRequest();
    const reply = await draftReply({ actor: staff, requestId: request.id, input: { outcome: "REFUSED_STATE_SECRET" } });
    expect(
      (
        await fail(
          addReleasedFile({
            actor: staff,
            requestId: request.id,
            replyId: reply.id,
            file: { bytes: chinesePdf(["秘密"]), fileName: "a.pdf" },
          }),
        )
      )?.message,
    ).toBe("replies.releasedFilesNotReleasing");
  });
});

describe("proposing a released document for the proactive catalogue", () => {
  it("creates a draft item of the same agency, origin REQUEST, with the file attached", async () => {
    const request = await newRequest();
    const draft = await draftReply({ actor: staff, requestId: request.id, input: { outcome: "PARTIAL" } });
    // The default 部分公开 letter asks for the reasons of the withheld part; it is written before submission.
    const reply = await updateReply({
      actor: staff,
      requestId: request.id,
      replyId: draft.id,
      input: {
        outcome: "PARTIAL",
        letterMarkdown: draft.letterMarkdown.replace("（请写明理由）", "涉及第三方个人信息"),
      },
    });
    const file = await addReleasedFile({
      actor: staff,
      requestId: request.id,
      replyId: reply.id,
      file: { bytes: chinesePdf(["检查记录"]), fileName: "2017年安全生产检查记录.pdf" },
    });
    expect((await fail(proposeForCatalogue({ actor: staff, requestId: request.id, fileId: file.id })))?.message).toBe(
      "replies.notReleasedYet",
    );
    await submitReply({ actor: staff, requestId: request.id, replyId: reply.id });
    await approveReply({ actor: leader, requestId: request.id, replyId: reply.id });
    await sendReply({ actor: staff, requestId: request.id, replyId: reply.id, input: { sentOn: "2026-11-20" } });

    expect(
      (await fail(proposeForCatalogue({ actor: financeStaff, requestId: request.id, fileId: file.id })))?.code,
    ).toBe("NOT_FOUND");
    const item = await proposeForCatalogue({ actor: staff, requestId: request.id, fileId: file.id });
    const stored = await db.item.findUniqueOrThrow({
      where: { id: item.id },
      include: { revisions: { include: { attachments: true } } },
    });
    expect(stored).toMatchObject({
      agencyId: agencies.commerce,
      state: "DRAFT",
      origin: "REQUEST",
      createdById: staff.id,
    });
    expect(stored.revisions[0]).toMatchObject({
      status: "DRAFT",
      title: "2017年安全生产检查记录",
      disclosure: "PROACTIVE",
      drafterId: staff.id,
    });
    expect(stored.revisions[0].attachments.map((a) => [a.fileName, a.sha256])).toEqual([[file.fileName, file.sha256]]);
    expect(await db.auditEvent.count({ where: { type: "request.proposed_for_catalogue", entityId: request.id } })).toBe(
      1,
    );
  });
});

describe("templates per agency", () => {
  it("an agency's own template is used for its letters only; resetting brings back the default", async () => {
    const body = "{申请人}：\n\n{机关名称}收到您于{收到日期}提交的申请。经查，本机关不掌握该信息（{法律依据}）。";
    expect(
      (
        await fail(
          saveReplyTemplate({
            actor: staff,
            agencyId: agencies.commerce,
            input: { outcome: "UNABLE_NOT_HELD", title: "告知书", body },
          }),
        )
      )?.code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await fail(
          saveReplyTemplate({
            actor: commerceAdmin,
            agencyId: agencies.commerce,
            input: { outcome: "UNABLE_NOT_HELD", title: "告知书", body: "{申请日}" },
          }),
        )
      )?.message,
    ).toBe("replies.unknownPlaceholder");
    await saveReplyTemplate({
      actor: commerceAdmin,
      agencyId: agencies.commerce,
      input: { outcome: "UNABLE_NOT_HELD", title: "政府信息不存在告知书", body },
    });

    const request = await newRequest();
    const reply = await draftReply({ actor: staff, requestId: request.id, input: { outcome: "UNABLE_NOT_HELD" } });
    expect(reply.letterMarkdown).toContain("三明市三元区商务局收到您于2026年11月2日提交的申请");
    expect(reply.letterMarkdown.endsWith(REMEDIES_SENTENCE)).toBe(true);

    // 财政局 has no template of its own: the default applies there.
    const financeRequest = await registerRequest({
      actor: financeStaff,
      input: {
        ...onlineRequestInput(agencies.finance),
        channel: "IN_PERSON",
        receiptBasis: "HANDED_IN",
        receivedOn: "2026-11-02",
      },
    });
    const financeReply = await draftReply({
      actor: financeStaff,
      requestId: financeRequest.id,
      input: { outcome: "UNABLE_NOT_HELD" },
    });
    expect(financeReply.letterMarkdown).toContain("经检索，本机关未制作或获取");

    await resetReplyTemplate({ actor: leader, agencyId: agencies.commerce, outcome: "UNABLE_NOT_HELD" });
    const again = await updateReply({
      actor: staff,
      requestId: request.id,
      replyId: reply.id,
      input: { outcome: "UNABLE_NOT_HELD", regenerate: "1" },
    });
    expect(again.letterMarkdown).toContain("经检索，本机关未制作或获取");
  });
});
