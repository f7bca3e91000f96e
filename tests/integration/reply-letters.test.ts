// Issue 18, replies and letters, on a real database: how a 予以公开 / 部分公开 reply provides the information
// (files, paper copies collected or posted, already public); the two 本机关不掌握 letters (36 (四) / 36 (五));
// remedies naming the agency's 复议机关 and 管辖法院; the letter checked before it goes to the leader; and the
// agency's own 文号 series, assigned at approval, never reused.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { updateAgency } from "@/lib/agencies/update-agency";
import { chinaToday } from "@/lib/calendar/calendar-date";
import type { AppError } from "@/lib/errors/app-error";
import { findRequestForTracking } from "@/lib/requests/queries";
import { registerRequest } from "@/lib/requests/register-request";
import { draftReply } from "@/lib/requests/replies/draft-reply";
import { punctuationDoubles, remediesSentence } from "@/lib/requests/replies/letter";
import { addReleasedFile } from "@/lib/requests/replies/released-files";
import { saveReplyTemplate } from "@/lib/requests/replies/reply-templates";
import { sendReply } from "@/lib/requests/replies/send-reply";
import { approveReply, returnReply, submitReply } from "@/lib/requests/replies/transition-reply";
import { updateReply } from "@/lib/requests/replies/update-reply";
import { chinesePdf } from "../fixtures/attachments/build-fixtures";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser, commerceAdmin: CurrentUser, financeStaff: CurrentUser;
let financeLeader: CurrentUser;

const COMMERCE_REMEDIES = remediesSentence({ reviewBody: "三明市三元区人民政府", court: "三明市三元区人民法院" });

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, commerceAdmin, financeStaff, financeLeader] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.commerceAdmin, DEMO.financeStaff, DEMO.financeAdmin].map(
      principalFor,
    ),
  );
});

const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );

/** A request handed in on Mon 2026-11-02; the description ends with "。" as applicants often write. */
const newRequest = (actor = staff, agencyId = agencies.commerce) =>
  registerRequest({
    actor,
    input: {
      ...onlineRequestInput(agencyId),
      channel: "IN_PERSON",
      receiptBasis: "HANDED_IN",
      receivedOn: "2026-11-02",
    },
  });

async function submitApproveSend(requestId: string, replyId: string, drafter = staff, approver = leader) {
  await submitReply({ actor: drafter, requestId, replyId });
  const approved = await approveReply({ actor: approver, requestId, replyId });
  await sendReply({ actor: drafter, requestId, replyId, input: { sentOn: "2026-11-20" } });
  return approved;
}

describe("予以公开 / 部分公开 without an upload", () => {
  it("paper copies collected: the letter says where and when, and it is sent without a file", async () => {
    const request = await newRequest();
    const missing = await fail(
      draftReply({ actor: staff, requestId: request.id, input: { outcome: "GRANTED", delivery: "PICKUP" } }),
    );
    expect(missing?.fieldErrors).toEqual({ deliveryDetail: ["deliveryDetailRequiredPICKUP"] });
    const reply = await draftReply({
      actor: staff,
      requestId: request.id,
      input: {
        outcome: "GRANTED",
        delivery: "PICKUP",
        deliveryDetail: "2026年11月27日前工作日上午8:00—12:00，三元区崇宁路10号3楼305室",
      },
    });
    expect(reply).toMatchObject({ delivery: "PICKUP" });
    expect(reply.letterMarkdown).toContain(
      "本机关向您提供该政府信息的纸质件，请您凭本答复书自行领取（领取地点和时间：2026年11月27日前工作日上午8:00—12:00，三元区崇宁路10号3楼305室）。",
    );
    // A file cannot be attached to a release that is not by files.
    expect(
      (
        await fail(
          addReleasedFile({
            actor: staff,
            requestId: request.id,
            replyId: reply.id,
            file: { bytes: chinesePdf(["记录"]), fileName: "a.pdf" },
          }),
        )
      )?.message,
    ).toBe("replies.releasedFilesNotFilesDelivery");
    await submitApproveSend(request.id, reply.id);
    expect(await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      state: "CLOSED",
      outcome: "GRANTED",
    });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { subject: { contains: "答复书" } } });
    expect(mail.textBody).toContain("三元区崇宁路10号3楼305室");
  });

  it("posted, and already public (art. 36 (一)): each says where; the ground follows", async () => {
    const posted = await newRequest();
    const byPost = await draftReply({
      actor: staff,
      requestId: posted.id,
      input: { outcome: "PARTIAL", delivery: "POST", deliveryDetail: "三明市三元区新市中路1号 张三 365000" },
    });
    expect(byPost.letterMarkdown).toContain("本机关以邮寄方式向您提供可以公开的部分的纸质件（邮寄地址：");

    const published = await newRequest();
    const already = await draftReply({
      actor: staff,
      requestId: published.id,
      input: {
        outcome: "GRANTED",
        delivery: "PUBLISHED",
        deliveryDetail: "三元区人民政府门户网站“政府信息公开”栏目 https://www.smsy.gov.cn/zwgk/",
      },
    });
    expect(already.legalGround).toBe("《中华人民共和国政府信息公开条例》第三十六条第（一）项");
    expect(already.letterMarkdown).toContain("该政府信息已经主动公开，您可以通过以下途径获取：");
    expect(
      (
        await fail(
          draftReply({
            actor: staff,
            requestId: (await newRequest()).id,
            input: { outcome: "GRANTED", delivery: "PUBLISHED" },
          }),
        )
      )?.fieldErrors,
    ).toEqual({ deliveryDetail: ["deliveryDetailRequiredPUBLISHED"] });
    await submitApproveSend(published.id, already.id);
    expect((await db.infoRequest.findUniqueOrThrow({ where: { id: published.id } })).state).toBe("CLOSED");
  });

  it("an outcome that releases nothing carries no delivery method", async () => {
    const request = await newRequest();
    const refused = await fail(
      draftReply({
        actor: staff,
        requestId: request.id,
        input: { outcome: "REFUSED_STATE_SECRET", delivery: "POST", deliveryDetail: "某地址" },
      }),
    );
    expect(refused?.fieldErrors).toEqual({ delivery: ["deliveryNotReleasing"] });
    const reply = await draftReply({ actor: staff, requestId: request.id, input: { outcome: "REFUSED_STATE_SECRET" } });
    expect(reply).toMatchObject({ delivery: null, deliveryDetail: "" });
  });
});

describe("本机关不掌握: two letters, one row of table 三", () => {
  it("another agency is responsible (36 (五)): the letter names it and its contact; it counts as （四）1", async () => {
    const request = await newRequest();
    const missing = await fail(
      draftReply({
        actor: staff,
        requestId: request.id,
        input: { outcome: "UNABLE_NOT_HELD", notHeldVariant: "OTHER_AGENCY" },
      }),
    );
    expect(missing?.fieldErrors).toEqual({
      otherAgencyName: ["otherAgencyNameRequired"],
      otherAgencyContact: ["otherAgencyContactRequired"],
    });
    const reply = await draftReply({
      actor: staff,
      requestId: request.id,
      input: {
        outcome: "UNABLE_NOT_HELD",
        notHeldVariant: "OTHER_AGENCY",
        otherAgencyName: "三明市三元区应急管理局",
        otherAgencyContact: "三元区崇宁路20号，电话0598-8222222",
      },
    });
    expect(reply).toMatchObject({ notHeldVariant: "OTHER_AGENCY", otherAgencyName: "三明市三元区应急管理局" });
    expect(reply.legalGround).toBe("《中华人民共和国政府信息公开条例》第三十六条第（五）项");
    expect(reply.letterMarkdown).toContain(
      "告知您该政府信息由三明市三元区应急管理局负责公开，联系方式：三元区崇宁路20号，电话0598-8222222。",
    );
    // Edited so that the agency is no longer named: refused before it reaches the leader.
    await updateReply({
      actor: staff,
      requestId: request.id,
      replyId: reply.id,
      input: {
        outcome: "UNABLE_NOT_HELD",
        notHeldVariant: "OTHER_AGENCY",
        otherAgencyName: "三明市三元区应急管理局",
        otherAgencyContact: "0598-8222222",
        letterMarkdown: "张三：\n\n本机关不掌握该信息。",
      },
    });
    expect((await fail(submitReply({ actor: staff, requestId: request.id, replyId: reply.id })))?.message).toBe(
      "replies.letterWithoutOtherAgency",
    );
    await updateReply({
      actor: staff,
      requestId: request.id,
      replyId: reply.id,
      input: {
        outcome: "UNABLE_NOT_HELD",
        notHeldVariant: "OTHER_AGENCY",
        otherAgencyName: "三明市三元区应急管理局",
        otherAgencyContact: "0598-8222222",
        regenerate: "1",
      },
    });
    await submitApproveSend(request.id, reply.id);
    // The report counts outcomes: the request ends as 本机关不掌握 (row （四）1), whichever letter was sent.
    expect((await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } })).outcome).toBe("UNABLE_NOT_HELD");

    const other = await newRequest();
    const notExist = await draftReply({ actor: staff, requestId: other.id, input: { outcome: "UNABLE_NOT_HELD" } });
    expect(notExist).toMatchObject({ notHeldVariant: "NOT_EXIST", otherAgencyName: "" });
    expect(notExist.letterMarkdown).toContain("告知您该政府信息不存在");
    expect(
      (
        await fail(
          draftReply({
            actor: staff,
            requestId: (await newRequest()).id,
            input: { outcome: "GRANTED", notHeldVariant: "OTHER_AGENCY" },
          }),
        )
      )?.fieldErrors,
    ).toEqual({ notHeldVariant: ["notHeldOnly"] });
  });
});

describe("remedies that start the clock", () => {
  it("every letter names the agency's 复议机关 and 管辖法院; a template's own remedies paragraph is not doubled", async () => {
    const request = await newRequest();
    const reply = await draftReply({ actor: staff, requestId: request.id, input: { outcome: "DECLINED_PETITION" } });
    expect(reply.letterMarkdown.endsWith(COMMERCE_REMEDIES)).toBe(true);
    expect(reply.letterMarkdown).toContain("60日内向三明市三元区人民政府申请行政复议");
    expect(reply.letterMarkdown).toContain("6个月内向三明市三元区人民法院提起行政诉讼");

    await saveReplyTemplate({
      actor: commerceAdmin,
      agencyId: agencies.commerce,
      input: {
        outcome: "DECLINED_DUPLICATE",
        title: "政府信息公开申请告知书",
        body: "{申请人}：\n\n本机关已作出答复，不予重复处理（{法律依据}）。\n\n如不服本告知，可在收到之日起60日内向{复议机关}申请行政复议，或者在6个月内向{管辖法院}提起行政诉讼。\n\n特此告知。",
      },
    });
    const dup = await draftReply({
      actor: staff,
      requestId: (await newRequest()).id,
      input: { outcome: "DECLINED_DUPLICATE" },
    });
    expect(dup.letterMarkdown.match(/行政复议/g)).toHaveLength(1);
    expect(dup.letterMarkdown).toContain("60日内向三明市三元区人民政府申请行政复议");
    expect(dup.letterMarkdown.endsWith("特此告知。")).toBe(true);
  });

  it("an agency without the settings cannot submit a letter; the administrator sets them in the agency form", async () => {
    await db.agency.update({ where: { id: agencies.commerce }, data: { reviewBody: "", court: "" } });
    const request = await newRequest();
    const reply = await draftReply({ actor: staff, requestId: request.id, input: { outcome: "DECLINED_PETITION" } });
    expect(reply.letterMarkdown).toContain("（请填写复议机关）");
    expect((await fail(submitReply({ actor: staff, requestId: request.id, replyId: reply.id })))?.message).toBe(
      "replies.agencyReviewBodyMissing",
    );

    const agency = await db.agency.findUniqueOrThrow({ where: { id: agencies.commerce } });
    const form = {
      name: agency.name,
      shortName: agency.shortName,
      address: agency.address,
      postcode: agency.postcode,
      phone: agency.phone,
      fax: agency.fax,
      email: agency.email,
      website: agency.website,
      officeHours: agency.officeHours,
      disclosureOffice: agency.disclosureOffice,
      reviewBody: "三明市三元区人民政府",
      court: "",
      letterNumberPrefix: "元商务依申",
    };
    expect(
      (
        await fail(
          updateAgency({
            actor: commerceAdmin,
            agencyId: agency.id,
            input: { ...form, letterNumberPrefix: "元商务/依申" },
          }),
        )
      )?.fieldErrors,
    ).toEqual({ letterNumberPrefix: ["letterNumberPrefix"] });
    await updateAgency({ actor: commerceAdmin, agencyId: agency.id, input: form });
    expect((await fail(submitReply({ actor: staff, requestId: request.id, replyId: reply.id })))?.message).toBe(
      "replies.agencyCourtMissing",
    );
    await updateAgency({
      actor: commerceAdmin,
      agencyId: agency.id,
      input: { ...form, court: "三明市三元区人民法院" },
    });
    // The letter written before still has the prompts: it is refused until regenerated.
    expect((await fail(submitReply({ actor: staff, requestId: request.id, replyId: reply.id })))?.message).toBe(
      "replies.letterUnfilled",
    );
    await updateReply({
      actor: staff,
      requestId: request.id,
      replyId: reply.id,
      input: { outcome: "DECLINED_PETITION", regenerate: "1" },
    });
    await submitReply({ actor: staff, requestId: request.id, replyId: reply.id });
  });
});

describe("the letter is checked before it goes to the leader", () => {
  it("refuses fill-in prompts and leftover placeholders, naming them, and doubled punctuation", async () => {
    const request = await newRequest();
    const reply = await draftReply({
      actor: staff,
      requestId: request.id,
      input: { outcome: "PARTIAL", delivery: "POST", deliveryDetail: "新市中路1号" },
    });
    const unfilled = await fail(submitReply({ actor: staff, requestId: request.id, replyId: reply.id }));
    expect(unfilled).toMatchObject({
      code: "VALIDATION",
      message: "replies.letterUnfilled",
      params: { parts: "（请写明理由）" },
    });
    const edit = (letterMarkdown: string) =>
      updateReply({
        actor: staff,
        requestId: request.id,
        replyId: reply.id,
        input: { outcome: "PARTIAL", delivery: "POST", deliveryDetail: "新市中路1号", letterMarkdown },
      });
    await edit(`{申请人}：\n\n经审查，XXX。\n\n${COMMERCE_REMEDIES}`);
    expect((await fail(submitReply({ actor: staff, requestId: request.id, replyId: reply.id })))?.params).toEqual({
      parts: "{申请人}、XXX",
    });
    await edit(`张三：\n\n您申请的信息为：“检查记录。”。理由为：涉及个人信息。。\n\n${COMMERCE_REMEDIES}`);
    expect(await fail(submitReply({ actor: staff, requestId: request.id, replyId: reply.id }))).toMatchObject({
      message: "replies.letterPunctuation",
      params: { marks: "“。”。”、“。。”" },
    });
    await edit(`张三：\n\n您申请的信息为：“检查记录”。不予公开部分的理由为：涉及个人信息。\n\n${COMMERCE_REMEDIES}`);
    expect(await submitReply({ actor: staff, requestId: request.id, replyId: reply.id })).toMatchObject({
      status: "PENDING_APPROVAL",
    });
  });

  it("generated letters have no doubled punctuation, even when the description ends with 。", async () => {
    const request = await newRequest();
    const reply = await draftReply({ actor: staff, requestId: request.id, input: { outcome: "UNABLE_NOT_HELD" } });
    expect(reply.letterMarkdown).toContain("检查记录和处理结果”。");
    expect(punctuationDoubles(reply.letterMarkdown)).toEqual([]);
  });
});

describe("letter numbers (文号)", () => {
  it("are the agency's own series per year, assigned at approval, never reused, never the tracking code", async () => {
    const year = chinaToday().slice(0, 4);
    const first = await newRequest();
    const a = await draftReply({ actor: staff, requestId: first.id, input: { outcome: "DECLINED_PETITION" } });
    expect(a.letterNumber).toBeNull();
    await submitReply({ actor: staff, requestId: first.id, replyId: a.id });
    // Returned: no number is taken.
    const returned = await returnReply({ actor: leader, requestId: first.id, replyId: a.id, input: { comment: "改" } });
    expect(returned.letterNumber).toBeNull();
    await submitReply({ actor: staff, requestId: first.id, replyId: a.id });
    const approvedA = await approveReply({ actor: leader, requestId: first.id, replyId: a.id });
    expect(approvedA.letterNumber).toBe(`元商务依申〔${year}〕1号`);

    // Two approvals at once get two numbers.
    const requests = await Promise.all([newRequest(), newRequest()]);
    const drafts = await Promise.all(
      requests.map((r) => draftReply({ actor: staff, requestId: r.id, input: { outcome: "DECLINED_PETITION" } })),
    );
    for (const [i, d] of drafts.entries())
      await submitReply({ actor: staff, requestId: requests[i].id, replyId: d.id });
    const approved = await Promise.all(
      drafts.map((d, i) => approveReply({ actor: leader, requestId: requests[i].id, replyId: d.id })),
    );
    expect(approved.map((r) => r.letterNumber).sort()).toEqual([
      `元商务依申〔${year}〕2号`,
      `元商务依申〔${year}〕3号`,
    ]);

    // Another agency has its own series.
    const finance = await newRequest(financeStaff, agencies.finance);
    const f = await draftReply({ actor: financeStaff, requestId: finance.id, input: { outcome: "DECLINED_PETITION" } });
    await submitReply({ actor: financeStaff, requestId: finance.id, replyId: f.id });
    const approvedF = await approveReply({ actor: financeLeader, requestId: finance.id, replyId: f.id });
    expect(approvedF.letterNumber).toBe(`元财依申〔${year}〕1号`);
    expect(approvedF.letterNumber).not.toContain(finance.trackingCode);

    // The e-mailed letter carries it.
    await sendReply({ actor: staff, requestId: first.id, replyId: a.id, input: { sentOn: "2026-11-20" } });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { subject: { contains: "告知书" } } });
    expect(mail.textBody).toContain(`元商务依申〔${year}〕1号`);
    // The applicant's tracking view shows it beside the reply.
    const tracked = await findRequestForTracking(first.trackingCode, "8000");
    expect(tracked?.replies.map((r) => r.letterNumber)).toEqual([`元商务依申〔${year}〕1号`]);
  });
});
