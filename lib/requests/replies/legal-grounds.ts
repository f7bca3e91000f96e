// 法律依据 and the standard letter of each reply outcome (《中华人民共和国政府信息公开条例》, 2019 revision,
// 国务院令第711号). The grounds are defaults the drafter may change; they live here and nowhere else.
import type { RequestOutcome } from "@/lib/generated/prisma/enums";
import { REPLY_OUTCOMES } from "../vocabulary";

export type ReplyOutcome = (typeof REPLY_OUTCOMES)[number];

const 条例 = "《中华人民共和国政府信息公开条例》";

/** Whether the letter is a 答复书 (a decision on disclosure) or a 告知书 (the agency tells why it does not decide). */
export type LetterKind = "答复书" | "告知书";

type OutcomeRule = {
  /** The default 法律依据 written in the letter. */
  ground: string;
  kind: LetterKind;
  /** The decision paragraph of the default letter (placeholders as in letter.ts). */
  decision: string;
};

const refusal = (article: string, reason: string): OutcomeRule => ({
  ground: `${条例}${article}、第三十六条第（三）项`,
  kind: "答复书",
  decision: `经审查，您申请公开的信息${reason}。根据{法律依据}的规定，本机关决定不予公开。`,
});

export const REPLY_RULES: Record<ReplyOutcome, OutcomeRule> = {
  // art. 36 (2): the information can be disclosed — provide it (art. 36 (1) when it is already published).
  GRANTED: {
    ground: `${条例}第三十六条第（二）项`,
    kind: "答复书",
    // {获取方式}: how the information is provided (files, paper copies collected or posted, already public).
    decision: "经审查，您申请公开的信息属于可以公开的政府信息。根据{法律依据}的规定，{获取方式}",
  },
  // art. 37: 区分处理 — what can be disclosed is provided, the rest refused with reasons.
  PARTIAL: {
    ground: `${条例}第三十七条`,
    kind: "答复书",
    decision:
      "经审查，您申请公开的信息中含有不应当公开的内容，能够作区分处理。根据{法律依据}的规定，{获取方式}不予公开部分的理由为：（请写明理由）。",
  },
  // art. 14: 国家秘密, 法律行政法规禁止公开, 危及"三安全一稳定".
  REFUSED_STATE_SECRET: refusal("第十四条", "属于依法确定为国家秘密的政府信息"),
  REFUSED_PROHIBITED_BY_LAW: refusal("第十四条", "属于法律、行政法规禁止公开的政府信息"),
  REFUSED_SECURITY_STABILITY: refusal("第十四条", "公开后可能危及国家安全、公共安全、经济安全、社会稳定"),
  // art. 15: 商业秘密、个人隐私 (third party consulted under art. 32).
  REFUSED_THIRD_PARTY: refusal("第十五条", "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害"),
  // art. 16 ¶1: 人事管理、后勤管理、内部工作流程.
  REFUSED_INTERNAL_AFFAIRS: refusal("第十六条第一款", "属于行政机关的内部事务信息"),
  // art. 16 ¶2: 讨论记录、过程稿、磋商信函、请示报告; and 行政执法案卷.
  REFUSED_PROCESS_INFO: refusal("第十六条第二款", "属于行政机关在履行行政管理职能过程中形成的过程性信息"),
  REFUSED_ENFORCEMENT_FILE: refusal("第十六条第二款", "属于行政执法案卷信息"),
  // art. 36 (7): 工商、不动产登记资料等 with their own access rules in laws and administrative regulations.
  REFUSED_QUERY_MATTER: {
    ground: `${条例}第三十六条第（七）项`,
    kind: "告知书",
    decision:
      "经审查，您申请公开的信息属于有关法律、行政法规对信息的获取有特别规定的行政查询事项。根据{法律依据}的规定，请您依照有关法律、行政法规的规定办理。",
  },
  // art. 36 (4): 经检索没有. The 36 (5) letter (another agency is responsible) is OTHER_AGENCY_RULE below.
  UNABLE_NOT_HELD: {
    ground: `${条例}第三十六条第（四）项`,
    kind: "告知书",
    decision: "经检索，本机关未制作或获取您申请公开的政府信息。根据{法律依据}的规定，告知您该政府信息不存在。",
  },
  // art. 38: information to be produced, processed or analysed anew need not be provided.
  UNABLE_NEEDS_CREATION: {
    ground: `${条例}第三十八条`,
    kind: "告知书",
    decision:
      "经审查，本机关没有您申请的现成信息，提供该信息需要对现有政府信息进行加工、分析。根据{法律依据}的规定，本机关不予提供。",
  },
  // art. 29 ¶2 (2) names the information sought; art. 30 the single correction.
  UNABLE_STILL_UNCLEAR: {
    ground: `${条例}第二十九条第二款第（二）项、第三十条`,
    kind: "告知书",
    decision:
      "本机关已告知您补正申请内容，但补正后的申请内容仍不明确，本机关无法确定您所需的政府信息。根据{法律依据}的规定，本机关无法提供。",
  },
  // art. 39 ¶1: 信访、投诉、举报 under the form of a request.
  DECLINED_PETITION: {
    ground: `${条例}第三十九条第一款`,
    kind: "告知书",
    decision:
      "经审查，您的申请属于以政府信息公开申请的形式进行信访、投诉、举报等活动。根据{法律依据}的规定，本机关不作为政府信息公开申请处理，您可以通过信访、投诉、举报等相应渠道提出。",
  },
  // art. 36 (6): already answered, the same information asked again.
  DECLINED_DUPLICATE: {
    ground: `${条例}第三十六条第（六）项`,
    kind: "告知书",
    decision: "经审查，本机关已就您提出的相同政府信息公开申请作出答复。根据{法律依据}的规定，本机关不予重复处理。",
  },
  // art. 39 ¶2: 政府公报、报刊、书籍等公开出版物.
  DECLINED_PUBLICATION: {
    ground: `${条例}第三十九条第二款`,
    kind: "告知书",
    decision:
      "经审查，您申请提供的是政府公报、报刊、书籍等公开出版物。根据{法律依据}的规定，告知您获取的途径：（请写明获取途径）。",
  },
  // art. 35: quantity or frequency clearly beyond reason, and the reasons given are not reasonable.
  DECLINED_EXCESSIVE: {
    ground: `${条例}第三十五条`,
    kind: "告知书",
    decision:
      "您申请公开政府信息的数量、频次明显超过合理范围，经本机关要求说明理由，您所说明的理由不合理。根据{法律依据}的规定，本机关不予处理。",
  },
  // The 条例 has no clause of its own: a request to confirm or re-issue information already obtained does not
  // seek existing government information (art. 2 defines it); agencies commonly cite art. 2 here.
  DECLINED_CONFIRMATION: {
    ground: `${条例}第二条`,
    kind: "告知书",
    decision:
      "经审查，您的申请是要求本机关确认或者重新出具您已获取的信息，不属于申请获取本机关已制作或者获取的政府信息。根据{法律依据}的规定，本机关不作为政府信息公开申请处理。",
  },
  // 其他处理·其他: the drafter states the ground.
  OTHER_OTHER: { ground: "", kind: "告知书", decision: "（请写明处理情况。）根据{法律依据}的规定，特此告知。" },
};

/**
 * 本机关不掌握 because another agency is responsible (art. 36 (5)): the letter names that agency and its contact.
 * Same outcome (table 三 row （四）1), another letter.
 */
export const OTHER_AGENCY_RULE: OutcomeRule = {
  ground: `${条例}第三十六条第（五）项`,
  kind: "告知书",
  decision:
    "经检索，您申请公开的政府信息不属于本机关负责公开。根据{法律依据}的规定，告知您该政府信息由{负责机关}负责公开，联系方式：{负责机关联系方式}。",
};

/** Already public (art. 36 (1)): the applicant is told how and where to obtain it. */
export const GRANTED_PUBLISHED_GROUND = `${条例}第三十六条第（一）项`;

/** What else than the outcome chooses the letter: the delivery of a release, the 36 (四)/(五) variant. */
export type LetterVariant = { delivery?: string | null; notHeldVariant?: string | null };

export function isReplyOutcome(outcome: RequestOutcome): outcome is ReplyOutcome {
  return (REPLY_OUTCOMES as readonly RequestOutcome[]).includes(outcome);
}

export function defaultLegalGround(outcome: ReplyOutcome, variant: LetterVariant = {}): string {
  if (outcome === "UNABLE_NOT_HELD" && variant.notHeldVariant === "OTHER_AGENCY") return OTHER_AGENCY_RULE.ground;
  if (outcome === "GRANTED" && variant.delivery === "PUBLISHED") return GRANTED_PUBLISHED_GROUND;
  return REPLY_RULES[outcome].ground;
}

/** 政府信息公开申请答复书 / 告知书, the heading of the letter. */
export function replyTitle(outcome: RequestOutcome): string {
  return `政府信息公开申请${isReplyOutcome(outcome) ? REPLY_RULES[outcome].kind : "告知书"}`;
}
