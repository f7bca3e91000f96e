// The reply letter (答复书 / 告知书): an agency's template for the outcome (or the default below) with its
// placeholders filled in, always with the remedies naming the agency's 复议机关 and 管辖法院 and their time limits
// (行政复议 within 60 days, 行政诉讼 within 6 months; DOMAIN §3: without the body or the limit the 60 days do not
// start). Before a letter goes to the leader, letterProblems() finds what was left unfilled or mis-punctuated.
import { fromDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { db } from "@/lib/db";
import { OTHER_AGENCY_RULE, REPLY_RULES, replyTitle, type LetterVariant, type ReplyOutcome } from "./legal-grounds";

/** The agency settings a letter names (administrator settings of the agency). */
export type RemedyBodies = { reviewBody: string; court: string };

/** 救济途径, naming the bodies; an unset body is left as a fill-in prompt, which submission refuses. */
export function remediesSentence(bodies: RemedyBodies): string {
  const reviewBody = bodies.reviewBody.trim() || "（请填写复议机关）";
  const court = bodies.court.trim() || "（请填写管辖法院）";
  return `如对本答复不服，可以自收到本答复之日起60日内向${reviewBody}申请行政复议，或者自收到本答复之日起6个月内向${court}提起行政诉讼。`;
}

/** The placeholders a template may use, in the order the template editor lists them. */
export const PLACEHOLDERS = [
  "{申请人}",
  "{收到日期}",
  "{申请内容}",
  "{查询码}",
  "{机关名称}",
  "{答复日期}",
  "{法律依据}",
  "{获取方式}",
  "{负责机关}",
  "{负责机关联系方式}",
  "{复议机关}",
  "{管辖法院}",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type LetterValues = Record<Placeholder, string>;

/** The default template body of an outcome (what an agency starts from); the 36 (五) letter has its own. */
export function defaultTemplateBody(outcome: ReplyOutcome, variant: LetterVariant = {}): string {
  const rule =
    outcome === "UNABLE_NOT_HELD" && variant.notHeldVariant === "OTHER_AGENCY"
      ? OTHER_AGENCY_RULE
      : REPLY_RULES[outcome];
  return [
    "{申请人}：",
    "本机关于{收到日期}收到您提出的政府信息公开申请（查询码：{查询码}），您申请公开的信息为：“{申请内容}”。",
    rule.decision,
    "特此告知。",
  ].join("\n\n");
}

/** 2026-11-30 → 2026年11月30日, as dates are written in official letters. */
export function chineseDate(date: CalendarDate): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** Replaces every placeholder; Markdown typed by the applicant (their description) is shown as text. */
export function fillTemplate(body: string, values: LetterValues): string {
  let result = body;
  for (const placeholder of PLACEHOLDERS) result = result.split(placeholder).join(values[placeholder]);
  return result;
}

/** A paragraph that tells the remedies: it speaks of both 行政复议 and 行政诉讼. */
export function isRemediesParagraph(paragraph: string): boolean {
  return paragraph.includes("行政复议") && paragraph.includes("行政诉讼");
}

export function hasRemedies(markdown: string): boolean {
  return markdown.split(/\n\s*\n/).some(isRemediesParagraph);
}

/** The letter with the remedies as its last paragraph, unless it already has a remedies paragraph (never twice). */
export function withRemedies(markdown: string, bodies: RemedyBodies): string {
  const body = markdown.replace(/\s+$/u, "");
  if (hasRemedies(body)) return body;
  const sentence = remediesSentence(bodies);
  return body ? `${body}\n\n${sentence}` : sentence;
}

const SENTENCE_END = /[。．.，,；;：:、！!？?\s]+$/u;
/** Text that is put inside a sentence loses its own closing punctuation ("检查记录。" in “…”。 would read 。”。). */
export function withoutEndPunctuation(text: string): string {
  return text.trim().replace(SENTENCE_END, "");
}

/** Two punctuation marks where one belongs: "。。", "，。", "。”。" and the like. */
const PUNCTUATION_DOUBLE = /[。，、；：！？][。，、；]|[。！？][”’」』][。，、；]/gu;

/** The doubles a letter contains, as written. */
export function punctuationDoubles(text: string): string[] {
  return [...new Set(text.match(PUNCTUATION_DOUBLE) ?? [])];
}

/** Generated text is tidied: of two marks the stronger stays ("，。" → "。", "。”。" → "。”"). */
export function collapsePunctuationDoubles(text: string): string {
  let result = text;
  for (let i = 0; i < 3; i++)
    result = result
      .replace(/([。！？])([”’」』])[。，、；]/gu, "$1$2")
      .replace(/[，、；：]([。！？])/gu, "$1")
      .replace(/([。！？])[。，、；]/gu, "$1")
      .replace(/([，、；])[，、；]/gu, "$1");
  return result;
}

/** Text from the applicant goes into Markdown: characters Markdown would read as markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, " ");
}

/** The agency's template for the outcome, or the default one. */
export async function templateFor(
  agencyId: string,
  outcome: ReplyOutcome,
  variant: LetterVariant = {},
): Promise<{ title: string; body: string; custom: boolean }> {
  const stored = await db.replyTemplate.findUnique({
    where: { agencyId_outcome: { agencyId, outcome } },
    select: { title: true, body: true },
  });
  // 本机关不掌握 has two letters under one template slot: the agency's own template serves the letter it was
  // written for (naming {负责机关} or not); the other letter falls back to its default.
  const fits =
    stored &&
    (outcome !== "UNABLE_NOT_HELD" ||
      stored.body.includes("{负责机关}") === (variant.notHeldVariant === "OTHER_AGENCY"));
  return fits
    ? { ...stored, custom: true }
    : { title: replyTitle(outcome), body: defaultTemplateBody(outcome, variant), custom: false };
}

type LetterRequest = {
  applicantName: string;
  receivedOn: Date;
  description: string;
  trackingCode: string;
  agency: { name: string };
};

/** What the reply itself says beyond the outcome (stored on the reply). */
export type LetterReply = {
  delivery?: string | null;
  deliveryDetail?: string;
  notHeldVariant?: string | null;
  otherAgencyName?: string;
  otherAgencyContact?: string;
};

/** 获取方式: how a 予以公开 / 部分公开 reply provides the information (art. 36 (一)(二), art. 40). */
export function deliverySentence(outcome: ReplyOutcome, delivery: string | null | undefined, detail = ""): string {
  if (outcome !== "GRANTED" && outcome !== "PARTIAL") return "";
  const part = outcome === "PARTIAL" ? "可以公开的部分" : "该政府信息";
  const where = escapeMarkdown(withoutEndPunctuation(detail)) || "（请填写）";
  switch (delivery) {
    case "PICKUP":
      return `本机关向您提供${part}的纸质件，请您凭本答复书自行领取（领取地点和时间：${where}）。`;
    case "POST":
      return `本机关以邮寄方式向您提供${part}的纸质件（邮寄地址：${where}）。`;
    case "PUBLISHED":
      return `${part}已经主动公开，您可以通过以下途径获取：${where}。`;
    default:
      return `本机关向您提供${part}，详见随本答复书提供的文件。`;
  }
}

export function letterValues(
  request: LetterRequest,
  legalGround: string,
  replyDate: CalendarDate,
  extra: { outcome?: ReplyOutcome; reply?: LetterReply; bodies?: RemedyBodies } = {},
): LetterValues {
  const reply = extra.reply ?? {};
  const text = (value: string | undefined) => escapeMarkdown(withoutEndPunctuation(value ?? "")) || "（请填写）";
  return {
    "{申请人}": escapeMarkdown(request.applicantName),
    "{收到日期}": chineseDate(fromDbDate(request.receivedOn)),
    "{申请内容}": escapeMarkdown(withoutEndPunctuation(request.description)),
    "{查询码}": request.trackingCode,
    "{机关名称}": escapeMarkdown(request.agency.name),
    "{答复日期}": chineseDate(replyDate),
    "{法律依据}": withoutEndPunctuation(legalGround),
    "{获取方式}": extra.outcome ? deliverySentence(extra.outcome, reply.delivery, reply.deliveryDetail) : "",
    "{负责机关}": text(reply.otherAgencyName),
    "{负责机关联系方式}": text(reply.otherAgencyContact),
    "{复议机关}": extra.bodies?.reviewBody.trim() || "（请填写复议机关）",
    "{管辖法院}": extra.bodies?.court.trim() || "（请填写管辖法院）",
  };
}

/** The agency's 复议机关 and 管辖法院 (empty when not set). */
export async function remedyBodiesOf(agencyId: string): Promise<RemedyBodies> {
  return db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { reviewBody: true, court: true } });
}

/** The letter of a reply as generated from the agency's template ("按模板重新生成"). */
export async function generateLetter(
  request: LetterRequest & { agencyId: string },
  outcome: ReplyOutcome,
  legalGround: string,
  replyDate: CalendarDate,
  reply: LetterReply = {},
): Promise<string> {
  const [template, bodies] = await Promise.all([
    templateFor(request.agencyId, outcome, reply),
    remedyBodiesOf(request.agencyId),
  ]);
  let body = template.body;
  // A custom 予以公开 / 部分公开 template without {获取方式} still tells how the information is provided.
  if ((outcome === "GRANTED" || outcome === "PARTIAL") && !body.includes("{获取方式}")) {
    const paragraphs = body.replace(/\s+$/u, "").split(/\n\s*\n/);
    const at = paragraphs.findIndex(isRemediesParagraph);
    paragraphs.splice(at === -1 ? paragraphs.length : at, 0, "{获取方式}");
    body = paragraphs.join("\n\n");
  }
  const values = letterValues(request, legalGround, replyDate, { outcome, reply, bodies });
  return withRemedies(collapsePunctuationDoubles(fillTemplate(body, values)), bodies);
}

/** Fill-in prompts and placeholders left in a letter: "{申请人}", "（请写明理由）", "XXX". */
export function unfilledParts(text: string): string[] {
  const found = [
    ...(text.match(/\{[^{}\s]{1,20}\}/gu) ?? []),
    // Prompts ask the drafter to write something; "（请提前电话预约）" written for the applicant is no prompt.
    ...(text.match(/[（(]\s*请(?:写明|填写|填入|补充|注明|输入|列明|选择)[^（）()]{0,40}[）)]/gu) ?? []),
    ...(text.match(/[Xx×]{3,}/gu) ?? []),
  ];
  return [...new Set(found)];
}

/** The letter as plain paragraphs (for e-mail and PDF): block ends become line breaks, markup goes. */
export function letterParagraphs(letterHtml: string): string[] {
  const text = letterHtml
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|h[1-6]|li|blockquote|pre|tr|table|ul|ol)>/gi, "\n\n")
    .replace(/<li[^>]*>/gi, "· ")
    .replace(/<\/t[dh]>/gi, "　")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&");
  return text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
        .join("\n"),
    )
    .filter(Boolean);
}
